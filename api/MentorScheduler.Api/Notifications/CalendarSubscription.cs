namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Our Graph subscription on one organiser's calendar (the mentee's mailbox, where the series live and where
/// the mentor's answers land). The client state Graph echoes is kept only as its SHA-256 hash.
/// </summary>
public sealed class CalendarSubscription
{
    /// <summary>Graph's subscription id.</summary>
    public required string Id { get; init; }
    public required string TenantId { get; init; }

    /// <summary>The watched mailbox's user id (a mentee who organises series).</summary>
    public required string MailboxUserId { get; init; }
    public required string ClientStateHash { get; init; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
