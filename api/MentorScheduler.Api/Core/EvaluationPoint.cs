using NodaTime;

namespace MentorScheduler.Api.Core;

/// <summary>
/// Where a relationship stands with its evaluation (API.md "The relationship's life"): <c>scheduled</c> until the
/// meeting numbered <see cref="Relationship.EvaluateAfterMeetings"/> (counting the meetings that take place, not the
/// cancelled ones) has ended, then <c>due</c>, <c>overdue</c> one cadence interval later, and <c>done</c> once a
/// decision is recorded for that point. The end of that meeting is kept on the relationship whenever its sessions
/// change, so the status is read from the record alone.
/// </summary>
public static class EvaluationPoint
{
    public const string Scheduled = "scheduled", Due = "due", Overdue = "overdue", Done = "done";

    /// <summary>Keeps <see cref="Relationship.EvaluationDueAtMs"/> in step with the sessions (all of the relationship's).</summary>
    /// <remarks>The same pass keeps the times the program report reads from the relationship (<see cref="Relationship.SessionsFromMs"/>, <see cref="Relationship.FirstMeetingStartMs"/>).</remarks>
    public static void Recompute(Relationship r, IEnumerable<Session> sessions)
    {
        var all = sessions.ToList();
        var meetings = all.Where(s => s.Status == SessionStatus.Scheduled).OrderBy(s => s.Start).ThenBy(s => s.SeriesVersion).ToList();
        var point = meetings.Skip(r.EvaluateAfterMeetings - 1).FirstOrDefault();
        r.EvaluationDueAtMs = point?.End.ToUnixTimeMilliseconds();
        r.SessionsFromMs = all.Count == 0 ? null : all.Min(s => s.StartMs);
        r.FirstMeetingStartMs = meetings.FirstOrDefault()?.StartMs;
        r.FirstMeetingEndMs = meetings.FirstOrDefault()?.EndMs;
    }

    public static bool IsDecided(Relationship r) => r.DecidedAfterMeeting == r.EvaluateAfterMeetings;

    public static string Status(Relationship r, DateTimeOffset now) => Status(r.Frequency, r.EvaluationDueAtMs, IsDecided(r), now);

    /// <summary>The same from the few columns it turns on (for a report that reads only those).</summary>
    public static string Status(Frequency frequency, long? evaluationDueAtMs, bool decided, DateTimeOffset now)
    {
        if (decided) return Done;
        if (evaluationDueAtMs is not { } dueMs || dueMs > now.ToUnixTimeMilliseconds()) return Scheduled;
        return now >= OverdueFrom(frequency, DateTimeOffset.FromUnixTimeMilliseconds(dueMs)) ? Overdue : Due;
    }

    /// <summary>Due or overdue: the two can evaluate and decide now.</summary>
    public static bool IsOpen(Relationship r, DateTimeOffset now) => Status(r, now) is Due or Overdue;

    /// <summary>One cadence interval after the evaluation meeting ended.</summary>
    public static DateTimeOffset OverdueFrom(Relationship r, DateTimeOffset due) => OverdueFrom(r.Frequency, due);

    private static DateTimeOffset OverdueFrom(Frequency frequency, DateTimeOffset due)
    {
        var utc = Instant.FromDateTimeOffset(due).InUtc().LocalDateTime;
        var later = frequency switch
        {
            Frequency.Weekly => utc.PlusDays(7),
            Frequency.Biweekly => utc.PlusDays(14),
            Frequency.Monthly => utc.PlusMonths(1),
            _ => utc.PlusMonths(3),
        };
        return later.InUtc().ToDateTimeOffset();
    }
}
