using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Graph's <c>recurrencePatternType</c>.</summary>
public enum RecurrencePatternType
{
    Daily,
    Weekly,
    AbsoluteMonthly,
    RelativeMonthly,
    AbsoluteYearly,
    RelativeYearly,
}

/// <summary>Graph's <c>weekIndex</c>: which matching day of the month a relative pattern means.</summary>
public enum WeekIndex
{
    First,
    Second,
    Third,
    Fourth,
    Last,
}

/// <summary>Graph's <c>recurrenceRangeType</c>.</summary>
public enum RecurrenceRangeType
{
    EndDate,
    NoEnd,
    Numbered,
}

/// <summary>
/// How often a series repeats. Unused integer fields are 0 and unused lists empty, as Graph reports them.
/// </summary>
public sealed record RecurrencePattern(
    RecurrencePatternType Type,
    int Interval,
    IReadOnlyList<IsoDayOfWeek> DaysOfWeek,
    int DayOfMonth = 0,
    int Month = 0,
    WeekIndex Index = WeekIndex.First,
    IsoDayOfWeek FirstDayOfWeek = IsoDayOfWeek.Sunday);

/// <summary>When a series starts and ends; <see cref="EndDate"/> is inclusive.</summary>
public sealed record RecurrenceRange(
    RecurrenceRangeType Type,
    LocalDate StartDate,
    LocalDate? EndDate = null,
    int NumberOfOccurrences = 0,
    string? RecurrenceTimeZone = null);

/// <summary>Graph's <c>patternedRecurrence</c>: a pattern and the range it applies over.</summary>
public sealed record PatternedRecurrence(RecurrencePattern Pattern, RecurrenceRange Range);

/// <summary>One expanded occurrence: its date in the series' zone and its instants.</summary>
public sealed record ExpandedOccurrence(LocalDate Date, Instant Start, Instant End);
