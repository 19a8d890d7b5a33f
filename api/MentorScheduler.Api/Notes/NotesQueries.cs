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

    /// <summary>When each of these sessions' notes were first filed (sessions never filed are absent).</summary>
    public async Task<Dictionary<Guid, DateTimeOffset>> FirstFiledAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken ct) =>
        (await db.SessionNoteVersions.AsNoTracking().Where(v => sessionIds.Contains(v.SessionId) && v.Version == 1)
            .Select(v => new { v.SessionId, v.SavedAt }).ToListAsync(ct))
        .ToDictionary(v => v.SessionId, v => v.SavedAt);

    /// <summary>The latest version of each session's notes in this relationship, by session.</summary>
    public Task<Dictionary<Guid, SessionNoteVersion>> LatestNotesAsync(Guid relationshipId, CancellationToken ct) =>
        db.SessionNoteVersions.AsNoTracking()
            .Where(v => v.RelationshipId == relationshipId
                        && v.Version == db.SessionNoteVersions.Where(x => x.SessionId == v.SessionId).Max(x => x.Version))
            .ToDictionaryAsync(v => v.SessionId, ct);

    /// <summary>The latest "questions for next time" of each session of these relationships that has notes, by session.</summary>
    public async Task<Dictionary<Guid, string>> QuestionsForNextTimeAsync(IReadOnlyCollection<Guid> relationshipIds, CancellationToken ct) =>
        (await db.SessionNoteVersions.AsNoTracking()
            .Where(v => relationshipIds.Contains(v.RelationshipId)
                        && v.Version == db.SessionNoteVersions.Where(x => x.SessionId == v.SessionId).Max(x => x.Version))
            .Select(v => new { v.SessionId, v.QuestionsForNextTime }).ToListAsync(ct))
        .ToDictionary(v => v.SessionId, v => v.QuestionsForNextTime);

    /// <summary>Every action item of these relationships, open or done.</summary>
    public Task<List<ActionItem>> ActionItemsAsync(IReadOnlyCollection<Guid> relationshipIds, CancellationToken ct) =>
        db.ActionItems.AsNoTracking().Where(a => relationshipIds.Contains(a.RelationshipId)).ToListAsync(ct);

    public async Task<IReadOnlyCollection<Guid>> SessionsWithContentAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken ct) =>
        await db.ActionItems.Where(a => sessionIds.Contains(a.SessionId)).Select(a => a.SessionId)
            .Union(db.SessionNoteVersions.Where(v => sessionIds.Contains(v.SessionId)).Select(v => v.SessionId))
            .ToListAsync(ct);
}
