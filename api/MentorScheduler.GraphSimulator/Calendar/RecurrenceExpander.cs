using NodaTime;
using NodaTime.TimeZones;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// Expands a valid <see cref="PatternedRecurrence"/> into dates, then into instants in a time zone, the way
/// Outlook does: the local start time holds across daylight-saving changes.
/// </summary>
public static class RecurrenceExpander
{
    private static readonly LocalDate LastSupportedDate = new(9000, 12, 31);

    /// <summary>
    /// The series' dates in order, from <c>range.startDate</c> (the first may be later when the start does not fit
    /// the pattern), honouring the range's end. Infinite for <c>noEnd</c>: take what you need.
    /// </summary>
    public static IEnumerable<LocalDate> Dates(PatternedRecurrence recurrence)
    {
        var range = recurrence.Range;
        var dates = PatternDates(recurrence.Pattern, range.StartDate).TakeWhile(d => d <= LastSupportedDate);
        return range.Type switch
        {
            RecurrenceRangeType.EndDate => dates.TakeWhile(d => d <= range.EndDate),
            RecurrenceRangeType.Numbered => dates.Take(range.NumberOfOccurrences),
            _ => dates,
        };
    }

    /// <summary>
    /// The series' occurrences: each date at <paramref name="startTime"/> in <paramref name="zone"/>, lasting
    /// <paramref name="length"/> of local time. Skipped local times move forward and ambiguous ones take the
    /// earlier offset (NodaTime's lenient resolver), as Outlook does.
    /// </summary>
    public static IEnumerable<ExpandedOccurrence> Occurrences(
        PatternedRecurrence recurrence, LocalTime startTime, Period length, DateTimeZone zone)
    {
        foreach (var date in Dates(recurrence))
        {
            var localStart = date + startTime;
            var start = zone.ResolveLocal(localStart, Resolvers.LenientResolver).ToInstant();
            var end = zone.ResolveLocal(localStart + length, Resolvers.LenientResolver).ToInstant();
            yield return new ExpandedOccurrence(date, start, end < start ? start : end);
        }
    }

    private static IEnumerable<LocalDate> PatternDates(RecurrencePattern pattern, LocalDate start) => pattern.Type switch
    {
        RecurrencePatternType.Daily => Daily(pattern, start),
        RecurrencePatternType.Weekly => Weekly(pattern, start),
        RecurrencePatternType.AbsoluteMonthly => Monthly(pattern, start, (y, m) => DayOfMonthIn(y, m, pattern.DayOfMonth)),
        RecurrencePatternType.RelativeMonthly => Monthly(pattern, start, (y, m) => NthMatchingDay(y, m, pattern)),
        RecurrencePatternType.AbsoluteYearly => Yearly(pattern, start, y => DayOfMonthIn(y, pattern.Month, pattern.DayOfMonth)),
        RecurrencePatternType.RelativeYearly => Yearly(pattern, start, y => NthMatchingDay(y, pattern.Month, pattern)),
        _ => throw new ArgumentOutOfRangeException(nameof(pattern), pattern.Type, "Unknown recurrence pattern type."),
    };

    private static IEnumerable<LocalDate> Daily(RecurrencePattern pattern, LocalDate start)
    {
        for (var date = start; ; date = date.PlusDays(pattern.Interval))
            yield return date;
    }

    /// <summary>Weeks start on <c>firstDayOfWeek</c>; the interval counts from the week holding the start date.</summary>
    private static IEnumerable<LocalDate> Weekly(RecurrencePattern pattern, LocalDate start)
    {
        var days = pattern.DaysOfWeek.ToHashSet();
        var weekStart = start.PlusDays(-DaysSince(pattern.FirstDayOfWeek, start.DayOfWeek));
        for (; ; weekStart = weekStart.PlusWeeks(pattern.Interval))
        {
            for (var offset = 0; offset < 7; offset++)
            {
                var date = weekStart.PlusDays(offset);
                if (date >= start && days.Contains(date.DayOfWeek))
                    yield return date;
            }
        }
    }

    private static IEnumerable<LocalDate> Monthly(RecurrencePattern pattern, LocalDate start, Func<int, int, LocalDate> dateIn)
    {
        for (var month = new LocalDate(start.Year, start.Month, 1); ; month = month.PlusMonths(pattern.Interval))
        {
            var date = dateIn(month.Year, month.Month);
            if (date >= start) yield return date;
        }
    }

    private static IEnumerable<LocalDate> Yearly(RecurrencePattern pattern, LocalDate start, Func<int, LocalDate> dateIn)
    {
        for (var year = start.Year; ; year += pattern.Interval)
        {
            var date = dateIn(year);
            if (date >= start) yield return date;
        }
    }

    /// <summary>Day 31 in a 30-day month (or 29 February in other years) falls on the month's last day.</summary>
    private static LocalDate DayOfMonthIn(int year, int month, int dayOfMonth) =>
        new(year, month, Math.Min(dayOfMonth, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    /// <summary>The first…fourth or last day of the month whose weekday is one of the pattern's days.</summary>
    private static LocalDate NthMatchingDay(int year, int month, RecurrencePattern pattern)
    {
        var days = pattern.DaysOfWeek.ToHashSet();
        var length = CalendarSystem.Iso.GetDaysInMonth(year, month);
        var matching = Enumerable.Range(1, length)
            .Select(day => new LocalDate(year, month, day))
            .Where(date => days.Contains(date.DayOfWeek))
            .ToList();
        return pattern.Index == WeekIndex.Last ? matching[^1] : matching[(int)pattern.Index];
    }

    private static int DaysSince(IsoDayOfWeek from, IsoDayOfWeek to) => ((int)to - (int)from + 7) % 7;
}
