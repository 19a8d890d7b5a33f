using Microsoft.Graph.Models;
using NodaTime;

namespace MentorScheduler.Api.Mentors;

/// <summary>
/// Someone's working hours as their mailbox settings give them (days, start and end in their own zone), and the hours
/// a week two people share, each judged in their own zone, over a given week.
/// </summary>
public sealed record WorkingWeek(IReadOnlySet<IsoDayOfWeek> Days, LocalTime Start, LocalTime End, DateTimeZone Zone)
{
    public static WorkingWeek? From(MailboxSettings? settings)
    {
        var hours = settings?.WorkingHours;
        var zone = Core.TimeZones.ToIana(hours?.TimeZone?.Name ?? settings?.TimeZone) is { } iana ? Core.TimeZones.Zone(iana) : null;
        if (hours?.StartTime is not { } start || hours.EndTime is not { } end || zone is null || hours.DaysOfWeek is not { Count: > 0 } days) return null;
        var iso = days.Where(d => d is not null).Select(d => d!.Value switch
        {
            Microsoft.Graph.Models.DayOfWeekObject.Monday => IsoDayOfWeek.Monday,
            Microsoft.Graph.Models.DayOfWeekObject.Tuesday => IsoDayOfWeek.Tuesday,
            Microsoft.Graph.Models.DayOfWeekObject.Wednesday => IsoDayOfWeek.Wednesday,
            Microsoft.Graph.Models.DayOfWeekObject.Thursday => IsoDayOfWeek.Thursday,
            Microsoft.Graph.Models.DayOfWeekObject.Friday => IsoDayOfWeek.Friday,
            Microsoft.Graph.Models.DayOfWeekObject.Saturday => IsoDayOfWeek.Saturday,
            _ => IsoDayOfWeek.Sunday,
        }).ToHashSet();
        return new WorkingWeek(iso, new LocalTime(start.Hour, start.Minute), new LocalTime(end.Hour, end.Minute), zone);
    }

    /// <summary>This person's working intervals in the week starting on <paramref name="monday"/> (their own days and zone).</summary>
    private IEnumerable<Interval> Intervals(LocalDate monday)
    {
        for (var d = -1; d <= 7; d++) // a day either side: zones far apart shift a working day across the week's edges
        {
            var date = monday.PlusDays(d);
            if (!Days.Contains(date.DayOfWeek) || End <= Start) continue;
            yield return new Interval(date.At(Start).InZoneLeniently(Zone).ToInstant(), date.At(End).InZoneLeniently(Zone).ToInstant());
        }
    }

    /// <summary>The hours both work in the week starting on <paramref name="monday"/> (UTC), to a tenth of an hour.</summary>
    public double SharedHours(WorkingWeek other, LocalDate monday)
    {
        var weekStart = monday.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var weekEnd = weekStart + Duration.FromDays(7);
        var total = Duration.Zero;
        foreach (var a in Intervals(monday))
            foreach (var b in other.Intervals(monday))
            {
                var start = Max(Max(a.Start, b.Start), weekStart);
                var end = Min(Min(a.End, b.End), weekEnd);
                if (end > start) total += end - start;
            }
        return Math.Round(total.TotalHours, 1);
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;
}
