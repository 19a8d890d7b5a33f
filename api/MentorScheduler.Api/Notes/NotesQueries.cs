using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notes;

/// <summary>What the notes feature tells other features about its tables: filed notes and action items.</summary>
public sealed class NotesQueries(MentorSchedulerDb db) : ISessionContent
{
    /// <summary>The sessions of this relationship whose notes have been saved at least once.</summary>
    public async Task<HashSet<Guid>> FiledSessionsAsync(Guid relationshipId, CancellationToken ct) =>
        (await db.SessionNoteVersions.AsNoTracking().Where(v => v.RelationshipId == relationshipId)
            .Select(v => v.SessionId).Distinct().ToListAsync(ct)).ToHashSet();

    /// <summary>The latest version of each session's notes in this relationship, by session.</summary>
    public Task<Dictionary<Guid, SessionNoteVersion>> LatestNotesAsync(Guid relationshipId, CancellationToken ct) =>
        db.SessionNoteVersions.AsNoTracking()
            .Where(v => v.RelationshipId == relationshipId
                        && v.Version == db.SessionNoteVersions.Where(x => x.SessionId == v.SessionId).Max(x => x.Version))
            .ToDictionaryAsync(v => v.SessionId, ct);

    /// <summary>Every action item of these relationships, open or done.</summary>
    public Task<List<ActionItem>> ActionItemsAsync(IReadOnlyCollection<Guid> relationshipIds, CancellationToken ct) =>
        db.ActionItems.AsNoTracking().Where(a => relationshipIds.Contains(a.RelationshipId)).ToListAsync(ct);

    public async Task<IReadOnlyCollection<Guid>> SessionsWithContentAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken ct) =>
        await db.ActionItems.Where(a => sessionIds.Contains(a.SessionId)).Select(a => a.SessionId)
            .Union(db.SessionNoteVersions.Where(v => sessionIds.Contains(v.SessionId)).Select(v => v.SessionId))
            .ToListAsync(ct);
}
