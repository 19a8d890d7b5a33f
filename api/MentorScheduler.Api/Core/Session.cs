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

    public DateTimeOffset Start
    {
        get => _start;
        set
        {
            _start = value;
            StartMs = value.ToUnixTimeMilliseconds();
            var utc = value.UtcDateTime;
            StartMonth = utc.Year * 100 + utc.Month;
        }
    }

    public DateTimeOffset End
    {
        get => _end;
        set
        {
            _end = value;
            EndMs = value.ToUnixTimeMilliseconds();
        }
    }

    /// <summary><see cref="Start"/> as Unix milliseconds, kept with it, so the database can compare and sort it (SQLite cannot compare offsets).</summary>
    public long StartMs { get; private set; }

    /// <summary><see cref="End"/> as Unix milliseconds, kept with it.</summary>
    public long EndMs { get; private set; }

    /// <summary>The UTC month of <see cref="Start"/> as yyyymm (202701), kept with it, for the program report's months.</summary>
    public int StartMonth { get; private set; }

    private DateTimeOffset _start;
    private DateTimeOffset _end;
    public SessionStatus Status { get; set; } = SessionStatus.Scheduled;
}
