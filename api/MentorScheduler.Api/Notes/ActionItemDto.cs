namespace MentorScheduler.Api.Notes;

/// <summary>An action item as API.md describes it, with when it was set and done.</summary>
public sealed record ActionItemDto(
    Guid Id, string Text, ActionOwner Owner, DateOnly? DueDate, ActionStatus Status, Guid SessionId,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt)
{
    public static ActionItemDto From(ActionItem a) =>
        new(a.Id, a.Text, a.Owner, a.DueDate, a.Status, a.SessionId, a.CreatedAt, a.CompletedAt);
}
