using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// Graph's checks on a recurrence before it is saved: required fields per pattern type, value ranges (even in
/// fields the type ignores), and a range that starts on the event's start date.
/// </summary>
public static class RecurrenceRules
{
    private const string PatternError = "ErrorInvalidRecurrencePattern";
    private const string RangeError = "ErrorInvalidRecurrenceRange";

    /// <summary>Throws <see cref="GraphRequestException"/> (400) when Graph would refuse the recurrence.</summary>
    public static void Validate(PatternedRecurrence recurrence, LocalDate eventStartDate)
    {
        ValidatePattern(recurrence.Pattern);
        ValidateRange(recurrence.Range, eventStartDate);
    }

    private static void ValidatePattern(RecurrencePattern pattern)
    {
        var type = Name(pattern.Type);
        if (pattern.Interval < 1)
            throw Refuse(PatternError, $"The recurrence pattern's interval must be at least 1 for a {type} pattern; got {pattern.Interval}.");
        if (pattern.DayOfMonth is < 0 or > 31)
            throw Refuse(PatternError, $"The recurrence pattern's dayOfMonth must be between 1 and 31; got {pattern.DayOfMonth}.");
        if (pattern.Month is < 0 or > 12)
            throw Refuse(PatternError, $"The recurrence pattern's month must be between 1 and 12; got {pattern.Month}.");

        var needsDays = pattern.Type is RecurrencePatternType.Weekly or RecurrencePatternType.RelativeMonthly or RecurrencePatternType.RelativeYearly;
        if (needsDays && pattern.DaysOfWeek.Count == 0)
            throw Refuse(PatternError, $"A {type} recurrence pattern requires daysOfWeek.");

        var needsDayOfMonth = pattern.Type is RecurrencePatternType.AbsoluteMonthly or RecurrencePatternType.AbsoluteYearly;
        if (needsDayOfMonth && pattern.DayOfMonth == 0)
            throw Refuse(PatternError, $"A {type} recurrence pattern requires dayOfMonth.");

        var needsMonth = pattern.Type is RecurrencePatternType.AbsoluteYearly or RecurrencePatternType.RelativeYearly;
        if (needsMonth && pattern.Month == 0)
            throw Refuse(PatternError, $"A {type} recurrence pattern requires month.");

        if (pattern.Type == RecurrencePatternType.AbsoluteYearly && pattern.DayOfMonth > CalendarSystem.Iso.GetDaysInMonth(2000, pattern.Month))
            throw Refuse(PatternError, $"Month {pattern.Month} has no day {pattern.DayOfMonth}.");
    }

    private static void ValidateRange(RecurrenceRange range, LocalDate eventStartDate)
    {
        if (range.StartDate != eventStartDate)
            throw Refuse(RangeError, $"The recurrence range's startDate ({range.StartDate:uuuu-MM-dd}) must be the start date of the event ({eventStartDate:uuuu-MM-dd}).");

        switch (range.Type)
        {
            case RecurrenceRangeType.EndDate when range.EndDate is null:
                throw Refuse(RangeError, "An endDate recurrence range requires endDate.");
            case RecurrenceRangeType.EndDate when range.EndDate < range.StartDate:
                throw Refuse(RangeError, $"The recurrence range's endDate ({range.EndDate:uuuu-MM-dd}) is before its startDate ({range.StartDate:uuuu-MM-dd}).");
            case RecurrenceRangeType.Numbered when range.NumberOfOccurrences <= 0:
                throw Refuse(RangeError, $"A numbered recurrence range requires numberOfOccurrences greater than 0; got {range.NumberOfOccurrences}.");
        }

        if (range.RecurrenceTimeZone is { Length: > 0 } zone && GraphTimeZones.Find(zone) is null)
            throw GraphRequestException.TimeZoneNotSupported(zone);
    }

    private static string Name(RecurrencePatternType type)
    {
        var name = type.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static GraphRequestException Refuse(string code, string message) => new(400, code, message);
}
