using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

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
