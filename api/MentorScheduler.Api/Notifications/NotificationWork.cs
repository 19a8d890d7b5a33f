namespace MentorScheduler.Api.Notifications;

/// <summary>
/// One notification queued for the worker. Processing reads the event's current state, so running an item
/// twice, or two items out of order, changes nothing more than running the last once.
/// </summary>
public sealed class NotificationWork
{
    public long Id { get; init; }
    public required string TenantId { get; init; }
    public required string SubscriptionId { get; init; }
    public required string MailboxUserId { get; init; }
    public NotificationKind Kind { get; init; }

    /// <summary>The changed event's id (changes only).</summary>
    public string? EventId { get; init; }
    public string? ChangeType { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Not before this (Unix ms): a failed attempt waits before the next.</summary>
    public long AvailableAtMs { get; set; }

    /// <summary>Who works on it and until when (Unix ms); null when free.</summary>
    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
    public string? LastError { get; set; }
}
