using MentorScheduler.Api.Core;
using Microsoft.Graph.Models;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// How a cadence becomes a Graph recurrence and which dates it gives. Weekly and biweekly are weekly
/// patterns (interval 1 and 2); monthly and quarterly are relativeMonthly (interval 1 and 3) on the first
/// date's weekday and week of the month. Graph has no "fifth" week index, so a first date on the fifth
/// such weekday of its month (always the last one) uses <c>last</c>, and later meetings fall on the last
/// such weekday of their month.
/// </summary>
public static class CadenceSchedule
{
    private static readonly WeekIndex[] Indexes = [WeekIndex.First, WeekIndex.Second, WeekIndex.Third, WeekIndex.Fourth];

    /// <summary>The recurrence Graph receives for a series whose first meeting is on <paramref name="firstDate"/>.</summary>
    public static PatternedRecurrence Recurrence(Frequency frequency, LocalDate firstDate, int meetingCount, string windowsZone)
    {
        var day = ToGraph(firstDate.DayOfWeek);
        var pattern = frequency switch
        {
            Frequency.Weekly => new RecurrencePattern { Type = RecurrencePatternType.Weekly, Interval = 1, DaysOfWeek = [day], FirstDayOfWeek = DayOfWeekObject.Sunday },
            Frequency.Biweekly => new RecurrencePattern { Type = RecurrencePatternType.Weekly, Interval = 2, DaysOfWeek = [day], FirstDayOfWeek = DayOfWeekObject.Sunday },
            Frequency.Monthly => Relative(1, day, firstDate),
            Frequency.Quarterly => Relative(3, day, firstDate),
            _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
        };
        return new PatternedRecurrence
        {
            Pattern = pattern,
            Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.Numbered,
                StartDate = new Microsoft.Kiota.Abstractions.Date(firstDate.Year, firstDate.Month, firstDate.Day),
                NumberOfOccurrences = meetingCount,
                RecurrenceTimeZone = windowsZone,
            },
        };
    }

    /// <summary>The dates of all <paramref name="count"/> meetings, as Graph will expand the recurrence.</summary>
    public static IReadOnlyList<LocalDate> Dates(Frequency frequency, LocalDate firstDate, int count)
    {
        var dates = new List<LocalDate>(count);
        switch (frequency)
        {
            case Frequency.Weekly or Frequency.Biweekly:
                var step = frequency == Frequency.Weekly ? 7 : 14;
                for (var i = 0; i < count; i++) dates.Add(firstDate.PlusDays(i * step));
                break;
            default:
                var months = frequency == Frequency.Monthly ? 1 : 3;
                var week = WeekOfMonth(firstDate);
                for (var i = 0; i < count; i++)
                {
                    var month = firstDate.PlusMonths(i * months);
                    dates.Add(NthWeekday(month.Year, month.Month, firstDate.DayOfWeek, week));
                }
                break;
        }
        return dates;
    }

    /// <summary>The length of one cadence cycle from a date: where candidate first meetings are looked for.</summary>
    public static LocalDate CycleEnd(Frequency frequency, LocalDate from) => frequency switch
    {
        Frequency.Weekly => from.PlusDays(7),
        Frequency.Biweekly => from.PlusDays(14),
        Frequency.Monthly => from.PlusMonths(1),
        _ => from.PlusMonths(3),
    };

    /// <summary>1 to 4 for the first to fourth such weekday of the month; 5 (last) for the fifth.</summary>
    private static int WeekOfMonth(LocalDate date) => Math.Min((date.Day - 1) / 7 + 1, 5);

    private static LocalDate NthWeekday(int year, int month, IsoDayOfWeek weekday, int week)
    {
        if (week == 5)
        {
            var last = new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1);
            return last.With(DateAdjusters.PreviousOrSame(weekday));
        }
        var first = new LocalDate(year, month, 1).With(DateAdjusters.NextOrSame(weekday));
        return first.PlusWeeks(week - 1);
    }

    private static RecurrencePattern Relative(int interval, DayOfWeekObject day, LocalDate firstDate)
    {
        var week = WeekOfMonth(firstDate);
        return new RecurrencePattern
        {
            Type = RecurrencePatternType.RelativeMonthly,
            Interval = interval,
            DaysOfWeek = [day],
            Index = week == 5 ? WeekIndex.Last : Indexes[week - 1],
        };
    }

    public static DayOfWeekObject ToGraph(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => DayOfWeekObject.Monday,
        IsoDayOfWeek.Tuesday => DayOfWeekObject.Tuesday,
        IsoDayOfWeek.Wednesday => DayOfWeekObject.Wednesday,
        IsoDayOfWeek.Thursday => DayOfWeekObject.Thursday,
        IsoDayOfWeek.Friday => DayOfWeekObject.Friday,
        IsoDayOfWeek.Saturday => DayOfWeekObject.Saturday,
        _ => DayOfWeekObject.Sunday,
    };
}
