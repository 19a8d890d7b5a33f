namespace MentorScheduler.Api.Core;

/// <summary>One meeting of a relationship's series: an occurrence in the mentee's (organiser's) calendar.</summary>
public sealed class Session
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }

    /// <summary>Position in the relationship (1-based), counting across amended series.</summary>
    public int Number { get; set; }

    /// <summary>Which series of the relationship this meeting belongs to.</summary>
    public int SeriesVersion { get; init; }

    public required string SeriesEventId { get; init; }

    /// <summary>The occurrence's Graph id in the organiser's calendar.</summary>
    public required string OccurrenceId { get; set; }

    /// <summary>The occurrence's original start (UTC) in the series: stable even when the meeting is moved.</summary>
    public DateTimeOffset OriginalStart { get; init; }

    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public SessionStatus Status { get; set; } = SessionStatus.Scheduled;
}
