using MentorScheduler.Api.Core;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>Finds the best recurring slots for a relationship, checking every meeting of each candidate series.</summary>
public sealed class SlotFinder(FreeBusyReader freeBusy, TimeProvider clock)
{
    /// <summary>The best <paramref name="count"/> series of <paramref name="meetings"/> (the agreement's by default), the first on or after <paramref name="notBefore"/>.</summary>
    public async Task<IReadOnlyList<SlotDto>> FindAsync(Relationship relationship, int count, CancellationToken ct, int? meetings = null, LocalDate? notBefore = null)
    {
        var meetingCount = meetings ?? relationship.MeetingCount;
        var zone = TimeZones.Zone(relationship.TimeZone);
        var today = Instant.FromDateTimeOffset(clock.GetUtcNow()).InZone(zone).Date;
        var from = LocalDate.Max(LocalDate.FromDateOnly(relationship.StartDate), today.PlusDays(1));
        if (notBefore is { } earliest) from = LocalDate.Max(from, earliest);
        var cycleEnd = CadenceSchedule.CycleEnd(relationship.Frequency, from);
        var lastDate = CadenceSchedule.Dates(relationship.Frequency, cycleEnd, meetingCount)[^1];

        var windowStart = from.AtStartOfDayInZone(zone).ToInstant() - Duration.FromDays(1);
        var windowEnd = lastDate.PlusDays(2).AtStartOfDayInZone(zone).ToInstant();
        var (mentee, mentor) = await freeBusy.ReadAsync(relationship.MenteeMail, relationship.MentorMail, windowStart, windowEnd, zone, ct);

        var candidates = SlotScorer.Candidates(relationship.Frequency, from, relationship.DurationMinutes, mentee);
        return SlotScorer.Best(relationship.Frequency, relationship.DurationMinutes, meetingCount, zone, candidates, mentee, mentor, count)
            .Select(s =>
            {
                var (clashes, changes) = SlotScorer.Explain(relationship.Frequency, relationship.DurationMinutes, meetingCount, zone, s.Start, mentee, mentor);
                var mentorStart = s.FirstStart.InZone(mentor.Zone).LocalDateTime;
                return new SlotDto(s.Start.ToDateTimeUnspecified(), s.End.ToDateTimeUnspecified(), relationship.TimeZone, s.Conflicts,
                    mentorStart.ToDateTimeUnspecified(), mentor.Zone.Id, mentorStart.PlusMinutes(relationship.DurationMinutes).ToDateTimeUnspecified(), clashes, changes);
            })
            .ToList();
    }
}
