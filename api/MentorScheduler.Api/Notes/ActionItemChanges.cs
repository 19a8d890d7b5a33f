using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Notes;

/// <summary>The rules for creating and changing an action item: done sets <c>CompletedAt</c>, reopening clears it.</summary>
public static class ActionItemChanges
{
    /// <summary>
    /// A new item. <paramref name="order"/> is its place among items created by the same request: each is set a
    /// microsecond after the one before, so items listed by <c>CreatedAt</c> keep the order they were written in.
    /// </summary>
    public static ActionItem Create(Session session, ValidActionItem item, string createdBy, DateTimeOffset now, int order = 0)
    {
        var created = new ActionItem
        {
            Id = Guid.CreateVersion7(now),
            TenantId = session.TenantId,
            RelationshipId = session.RelationshipId,
            SessionId = session.Id,
            Text = item.Text,
            Owner = item.Owner,
            DueDate = item.DueDate,
            CreatedAt = now.AddMicroseconds(order),
            CreatedBy = createdBy,
            UpdatedAt = now,
        };
        SetStatus(created, item.Status ?? ActionStatus.Open, now);
        return created;
    }

    /// <summary>Applies the given values (null keeps the current one); true when anything changed.</summary>
    public static bool Apply(ActionItem item, string? text, ActionOwner? owner, bool changesDueDate, DateOnly? dueDate, ActionStatus? status, DateTimeOffset now)
    {
        var changed = false;
        if (text is not null && text != item.Text) { item.Text = text; changed = true; }
        if (owner is { } o && o != item.Owner) { item.Owner = o; changed = true; }
        if (changesDueDate && dueDate != item.DueDate) { item.DueDate = dueDate; changed = true; }
        if (status is { } s && s != item.Status) { SetStatus(item, s, now); changed = true; }
        if (changed) item.UpdatedAt = now;
        return changed;
    }

    private static void SetStatus(ActionItem item, ActionStatus status, DateTimeOffset now)
    {
        item.Status = status;
        item.CompletedAt = status == ActionStatus.Done ? now : null;
    }
}
