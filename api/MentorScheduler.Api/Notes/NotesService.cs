using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notes;

/// <summary>
/// Reads and saves a session's notes. A save adds a version (the earlier ones stay as history) and applies the
/// action items in the same transaction: items with an id are updated, items without one are created, and the
/// session's other items are kept as they are, so a save never deletes an item or loses its done state.
/// </summary>
public sealed class NotesService(MentorSchedulerDb db, CurrentUser user, TimeProvider clock)
{
    public async Task<CurrentNotes> ReadAsync(Guid sessionId, CancellationToken ct)
    {
        var latest = await db.SessionNoteVersions.AsNoTracking()
            .Where(v => v.SessionId == sessionId).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        var items = await db.ActionItems.Where(a => a.SessionId == sessionId).ToListAsync(ct);
        return new CurrentNotes(sessionId, latest, items, NotesETag.For(latest?.Version ?? 0, items));
    }

    /// <summary>Saves over <paramref name="current"/>; field errors when an item id is foreign or the session would hold too many items.</summary>
    public async Task<SaveOutcome> SaveAsync(SessionAccess access, ValidNotes notes, CurrentNotes current, CancellationToken ct)
    {
        var byId = current.Items.ToDictionary(i => i.Id);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < notes.ActionItems.Count; i++)
        {
            if (notes.ActionItems[i].Id is { } id && !byId.ContainsKey(id))
                errors[$"actionItems[{i}].id"] = [$"{id} is not an action item of this session. Leave out the id to add a new item."];
        }
        var total = current.Items.Count + notes.ActionItems.Count(i => i.Id is null);
        if (total > NotesValidator.MaxActionItems)
            errors["actionItems"] = [$"The session would hold {total} action items; it holds at most {NotesValidator.MaxActionItems}. Mark finished items done instead of adding more."];
        if (errors.Count > 0) return SaveOutcome.Invalid(errors);

        var now = clock.GetUtcNow();
        var itemsChanged = false;
        var created = 0;
        foreach (var item in notes.ActionItems)
        {
            if (item.Id is { } id)
                itemsChanged |= ActionItemChanges.Apply(byId[id], item.Text, item.Owner, true, item.DueDate, item.Status, now);
            else
            {
                var added = ActionItemChanges.Create(access.Session, item, user.Upn, now, created++);
                db.ActionItems.Add(added);
                current.Items.Add(added);
                itemsChanged = true;
            }
        }

        var latest = current.Latest;
        var textChanged = latest is null || latest.MeetingNotes != notes.MeetingNotes || latest.MentorAdvice != notes.MentorAdvice
            || latest.MyActionPlan != notes.MyActionPlan || latest.QuestionsForNextTime != notes.QuestionsForNextTime;
        if (!textChanged && !itemsChanged) return SaveOutcome.Saved(current);

        var version = new SessionNoteVersion
        {
            SessionId = access.Session.Id,
            Version = current.Version + 1,
            TenantId = access.Session.TenantId,
            RelationshipId = access.Relationship.Id,
            MeetingNotes = notes.MeetingNotes,
            MentorAdvice = notes.MentorAdvice,
            MyActionPlan = notes.MyActionPlan,
            QuestionsForNextTime = notes.QuestionsForNextTime,
            ActionItems = Snapshot(current.Items),
            AuthorId = user.ObjectId,
            AuthorUpn = user.Upn,
            AuthorName = user.DisplayName,
            SavedAt = now,
        };
        db.SessionNoteVersions.Add(version);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // The key (session, version) refused our row: someone saved the same next version between our read
            // and our write. Theirs stands, ours is stale, and nothing of ours (items included) was written.
            if (!await db.SessionNoteVersions.AnyAsync(v => v.SessionId == version.SessionId && v.Version == version.Version, ct)) throw;
            return SaveOutcome.Stale(await ReadAsync(access.Session.Id, ct));
        }
        return SaveOutcome.Saved(new CurrentNotes(version.SessionId, version, current.Items, NotesETag.For(version.Version, current.Items)));
    }

    public Task<List<SessionNoteVersion>> HistoryAsync(Guid sessionId, CancellationToken ct) =>
        db.SessionNoteVersions.AsNoTracking().Where(v => v.SessionId == sessionId).OrderBy(v => v.Version).ToListAsync(ct);

    public Task<SessionNoteVersion?> VersionAsync(Guid sessionId, int version, CancellationToken ct) =>
        db.SessionNoteVersions.AsNoTracking().FirstOrDefaultAsync(v => v.SessionId == sessionId && v.Version == version, ct);

    private static string Snapshot(IEnumerable<ActionItem> items) => JsonSerializer.Serialize(
        items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Select(i => new ActionItemSnapshot(i.Id, i.Text, i.Owner, i.DueDate, i.Status)).ToList(),
        NoteJson.Options);
}
