namespace MentorScheduler.Api.Mail;

/// <summary>
/// A mail the product owes someone, recorded in the same transaction as the change it tells of (a proposal, an
/// answer, a withdrawal), so a change is never saved without its mail nor a mail sent for a change that was not
/// saved. <see cref="MailOutbox"/> sends it from <see cref="FromUpn"/>'s mailbox and marks it sent.
/// </summary>
public sealed class OutboxMail
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }

    /// <summary>What it tells of (<c>proposal</c>, <c>accepted</c>, <c>declined</c>, <c>withdrawn</c>, <c>thankYou</c>, <c>checkIn</c>), for logs and tests.</summary>
    public required string Kind { get; init; }

    /// <summary>The mailbox it is sent from (the person whose action it reports).</summary>
    public required string FromUpn { get; init; }

    public required string ToAddress { get; init; }
    public required string ToName { get; init; }
    public required string Subject { get; init; }
    public required string Html { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Given up after too many refusals (the reason is in <see cref="LastError"/>).</summary>
    public bool Failed { get; set; }

    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Unix milliseconds: not tried before then (SQLite compares numbers, not dates).</summary>
    public long AvailableAtMs { get; set; }

    /// <summary>Sent again this many days after each sending (the stay-in-touch check-ins), until the relationship says otherwise.</summary>
    public int? RepeatEveryDays { get; init; }

    public string? LeaseOwner { get; set; }
    public long? LeaseUntilMs { get; set; }
}
