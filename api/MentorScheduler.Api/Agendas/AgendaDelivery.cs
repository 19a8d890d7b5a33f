namespace MentorScheduler.Api.Agendas;

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
