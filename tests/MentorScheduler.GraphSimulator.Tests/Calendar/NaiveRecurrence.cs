using MentorScheduler.GraphSimulator.Calendar;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

/// <summary>
/// A deliberately naive reference for recurrence: walk every day from the range's start, count the weeks, months
/// and years passed, and keep the days the pattern's rules accept. Slow and obvious, sharing no code with the
/// simulator's expander.
/// </summary>
internal static class NaiveRecurrence
{
    public static List<LocalDate> Dates(PatternedRecurrence recurrence, LocalDate horizon)
    {
        var pattern = recurrence.Pattern;
        var range = recurrence.Range;
        var dates = new List<LocalDate>();
        int days = -1, weeks = 0, months = 0, years = 0;
        for (var day = range.StartDate; day <= horizon; day = day.PlusDays(1))
        {
            days++;
            if (day > range.StartDate)
            {
                if (day.DayOfWeek == pattern.FirstDayOfWeek) weeks++;
                if (day.Day == 1) months++;
                if (day.Day == 1 && day.Month == 1) years++;
            }
            if (range.Type == RecurrenceRangeType.EndDate && day > range.EndDate) break;
            if (!Accepts(pattern, day, days, weeks, months, years)) continue;
            dates.Add(day);
            if (range.Type == RecurrenceRangeType.Numbered && dates.Count == range.NumberOfOccurrences) break;
        }
        return dates;
    }

    private static bool Accepts(RecurrencePattern p, LocalDate day, int daysPassed, int weeks, int months, int years) => p.Type switch
    {
        RecurrencePatternType.Daily => daysPassed % p.Interval == 0,
        RecurrencePatternType.Weekly => weeks % p.Interval == 0 && p.DaysOfWeek.Contains(day.DayOfWeek),
        RecurrencePatternType.AbsoluteMonthly => months % p.Interval == 0 && day.Day == Clamp(p.DayOfMonth, day),
        RecurrencePatternType.RelativeMonthly => months % p.Interval == 0 && IsNth(p, day),
        RecurrencePatternType.AbsoluteYearly => years % p.Interval == 0 && day.Month == p.Month && day.Day == Clamp(p.DayOfMonth, day),
        RecurrencePatternType.RelativeYearly => years % p.Interval == 0 && day.Month == p.Month && IsNth(p, day),
        _ => false,
    };

    /// <summary>Day 31 means the last day in shorter months.</summary>
    private static int Clamp(int dayOfMonth, LocalDate day)
    {
        var last = 28;
        while (last < 31 && new LocalDate(day.Year, day.Month, 1).PlusDays(last).Month == day.Month) last++;
        return Math.Min(dayOfMonth, last);
    }

    private static bool IsNth(RecurrencePattern p, LocalDate day)
    {
        if (!p.DaysOfWeek.Contains(day.DayOfWeek)) return false;
        var before = 0;
        for (var d = new LocalDate(day.Year, day.Month, 1); d < day; d = d.PlusDays(1))
            if (p.DaysOfWeek.Contains(d.DayOfWeek)) before++;
        if (p.Index != WeekIndex.Last) return before == (int)p.Index;
        for (var d = day.PlusDays(1); d.Month == day.Month; d = d.PlusDays(1))
            if (p.DaysOfWeek.Contains(d.DayOfWeek)) return false;
        return true;
    }
}
