using MentorScheduler.Api.Core;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Scores every candidate first meeting over all the meetings of its series. A meeting is a conflict when
/// it overlaps a busy block of either person or falls outside either one's working hours in their own zone.
/// Best first: fewest conflicts, then the lightest clashes (a tentative block before a busy one or a meeting out of
/// hours), then earliest in the mentee's day, then soonest.
/// </summary>
public static class SlotScorer
{
    public static readonly Period Step = Period.FromMinutes(15);

    /// <summary>The first-meeting candidates: every 15 minutes of each mentee working day in one cadence cycle.</summary>
    public static IEnumerable<LocalDateTime> Candidates(Frequency frequency, LocalDate from, int durationMinutes, Availability mentee)
    {
        var end = CadenceSchedule.CycleEnd(frequency, from);
        for (var date = from; date < end; date = date.PlusDays(1))
        {
            if (!mentee.WorkingDays.Contains(date.DayOfWeek)) continue;
            var last = LocalTime.Midnight.PlusMinutes(24 * 60 - durationMinutes);
            for (var time = LocalTime.Midnight; ; time = time.PlusMinutes(15))
            {
                yield return date.At(time);
                if (time >= last || time.PlusMinutes(15) == LocalTime.Midnight) break;
            }
        }
    }

    /// <summary>
    /// What a person choosing this series wants to know beyond the count: each meeting that clashes, with whom and why,
    /// and when the local time moves for one of them because only one zone changes to or from daylight-saving time.
    /// </summary>
    public static (List<SlotClash> Clashes, List<SlotChange> Changes) Explain(
        Frequency frequency, int durationMinutes, int meetingCount, DateTimeZone seriesZone, LocalDateTime first, Availability mentee, Availability mentor)
    {
        var length = Duration.FromMinutes(durationMinutes);
        var clashes = new List<SlotClash>();
        var changes = new List<SlotChange>();
        LocalTime? menteeTime = null, mentorTime = null;
        foreach (var date in CadenceSchedule.Dates(frequency, first.Date, meetingCount))
        {
            var start = date.At(first.TimeOfDay).InZoneLeniently(seriesZone).ToInstant();
            var end = start + length;
            var day = DateOnly.FromDateTime(date.ToDateTimeUnspecified());
            foreach (var (who, person) in new[] { ("mentee", mentee), ("mentor", mentor) })
            {
                if (person.BlockedBy(start, end) is { } reason) clashes.Add(new SlotClash(day, who, reason));
                if (!person.IsWithinWorkingHours(start, end)) clashes.Add(new SlotClash(day, who, "outsideHours"));
            }
            var forMentee = start.InZone(mentee.Zone).TimeOfDay;
            var forMentor = start.InZone(mentor.Zone).TimeOfDay;
            if (menteeTime is { } m && m != forMentee) changes.Add(new SlotChange(day, "mentee", mentee.Zone.Id, forMentee.ToString("HH:mm", null)));
            if (mentorTime is { } t && t != forMentor) changes.Add(new SlotChange(day, "mentor", mentor.Zone.Id, forMentor.ToString("HH:mm", null)));
            (menteeTime, mentorTime) = (forMentee, forMentor);
        }
        return (clashes, changes);
    }

    /// <summary>
    /// How hard one person's clash with a meeting is: 0 when it suits them; 1 for a tentative block (they may move it)
    /// or 2 for a busy or out-of-office one; 2 more when it falls outside their working hours. Ties between equally
    /// many conflicts go to the series that asks less.
    /// </summary>
    private static int Strain(Availability person, Instant start, Instant end) =>
        person.BlockedBy(start, end) switch { "busy" => 2, "tentative" => 1, _ => 0 }
        + (person.IsWithinWorkingHours(start, end) ? 0 : 2);

    public static List<ScoredSlot> Best(
        Frequency frequency, int durationMinutes, int meetingCount, DateTimeZone seriesZone,
        IEnumerable<LocalDateTime> candidates, Availability mentee, Availability mentor, int count)
    {
        var length = Duration.FromMinutes(durationMinutes);
        var scored = new List<ScoredSlot>();
        foreach (var first in candidates)
        {
            var conflicts = 0;
            var strain = 0;
            Instant? firstStart = null;
            foreach (var date in CadenceSchedule.Dates(frequency, first.Date, meetingCount))
            {
                var start = date.At(first.TimeOfDay).InZoneLeniently(seriesZone).ToInstant();
                firstStart ??= start;
                var end = start + length;
                var meeting = Strain(mentee, start, end) + Strain(mentor, start, end);
                if (meeting == 0) continue;
                conflicts++;
                strain += meeting;
            }
            var menteeTime = firstStart!.Value.InZone(mentee.Zone).TimeOfDay;
            scored.Add(new ScoredSlot(first, first.PlusMinutes(durationMinutes), firstStart.Value, conflicts, menteeTime, strain));
        }

        return scored
            .OrderBy(s => s.Conflicts)
            .ThenBy(s => s.Strain)
            .ThenBy(s => s.MenteeTimeOfDay)
            .ThenBy(s => s.FirstStart)
            .Take(count)
            .ToList();
    }
}
