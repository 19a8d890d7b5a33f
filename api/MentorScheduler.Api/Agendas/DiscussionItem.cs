namespace MentorScheduler.Api.Agendas;

/// <summary>A topic or question submitted for a session's agenda by the mentee or the mentor.</summary>
public sealed class DiscussionItem
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }
    public Guid SessionId { get; set; }
    public ItemKind Kind { get; set; }
    public required string Text { get; set; }
    public required string AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A topic to discuss (usually the mentee's) or a question (usually the mentor's).</summary>
public enum ItemKind
{
    Discussion,
    Question,
}

/// <summary>
/// One unit of delivery for one session (its agenda, or the mentee's reminder), claimed through the database:
/// the unique (session, kind) key means one row per unit; the lease means one sweep works on it at a time.
/// </summary>
public sealed class AgendaDelivery
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }
    public Guid SessionId { get; init; }
    public DeliveryKind Kind { get; init; }
    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;

    /// <summary>Which sweep holds the lease, and until when (Unix milliseconds, comparable in SQL everywhere).</summary>
    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>The agenda as sent, so the record shows what the mentor received.</summary>
    public string? Html { get; set; }
    public string? Text { get; set; }

    /// <summary>Whether the agenda has been written into the occurrence in Outlook.</summary>
    public bool OccurrenceUpdated { get; set; }
}

/// <summary>What a delivery sends.</summary>
public enum DeliveryKind
{
    Agenda,
    Reminder,
}

/// <summary>
/// Pending: nothing sent. Sending: the intent is recorded and the mail may have left (a crash here is
/// resolved by looking for the mail in the sender's Sent Items by its marker). Sent: done.
/// </summary>
public enum DeliveryStatus
{
    Pending,
    Sending,
    Sent,
}

/// <summary>A tenant's own agenda template, replacing the default until reset.</summary>
public sealed class AgendaTemplate
{
    public required string TenantId { get; init; }
    public required string Html { get; set; }
    public required string Text { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
