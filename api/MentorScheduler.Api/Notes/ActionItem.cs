namespace MentorScheduler.Api.Notes;

/// <summary>Something one of the two agreed to do: set in a session, carried into every later agenda while open.</summary>
public sealed class ActionItem
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }

    /// <summary>The session in which the item was set.</summary>
    public Guid SessionId { get; init; }

    public required string Text { get; set; }
    public ActionOwner Owner { get; set; }
    public DateOnly? DueDate { get; set; }
    public ActionStatus Status { get; set; } = ActionStatus.Open;
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    /// <summary>When it was marked done; "done since last time" compares this with the previous session.</summary>
    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
