using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notes;

/// <summary>Action items on their own: added to a session, listed across the relationship, marked done or moved.</summary>
public sealed class ActionItemService(MentorSchedulerDb db, CurrentUser user, TimeProvider clock)
{
    /// <summary>Adds an item to the session; null when the session already holds the most it may.</summary>
    public async Task<ActionItem?> CreateAsync(SessionAccess access, ValidActionItem item, CancellationToken ct)
    {
        var count = await db.ActionItems.CountAsync(a => a.SessionId == access.Session.Id, ct);
        if (count >= NotesValidator.MaxActionItems) return null;
        var created = ActionItemChanges.Create(access.Session, item, user.Upn, clock.GetUtcNow());
        db.ActionItems.Add(created);
        await db.SaveChangesAsync(ct);
        return created;
    }

    /// <summary>The relationship's items, in the order of their sessions and then as they were set.</summary>
    public async Task<List<ActionItem>> ListAsync(Relationship relationship, ActionStatus? status, CancellationToken ct)
    {
        var items = db.ActionItems.AsNoTracking().Where(a => a.RelationshipId == relationship.Id);
        if (status is { } s) items = items.Where(a => a.Status == s);
        var found = await items.ToListAsync(ct);
        var numbers = await db.Sessions.AsNoTracking().Where(x => x.RelationshipId == relationship.Id)
            .ToDictionaryAsync(x => x.Id, x => x.Number, ct);
        return found.OrderBy(a => numbers.GetValueOrDefault(a.SessionId)).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id).ToList();
    }

    public Task<ActionItem?> FindAsync(Relationship relationship, Guid itemId, CancellationToken ct) =>
        db.ActionItems.FirstOrDefaultAsync(a => a.Id == itemId && a.RelationshipId == relationship.Id, ct);

    public async Task PatchAsync(ActionItem item, ValidActionItemPatch patch, CancellationToken ct)
    {
        if (ActionItemChanges.Apply(item, patch.Text, patch.Owner, patch.ChangesDueDate, patch.DueDate, patch.Status, clock.GetUtcNow()))
            await db.SaveChangesAsync(ct);
    }
}
