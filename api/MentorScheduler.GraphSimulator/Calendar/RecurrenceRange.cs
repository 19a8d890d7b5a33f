using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>When a series starts and ends; <see cref="EndDate"/> is inclusive.</summary>
public sealed record RecurrenceRange(
    RecurrenceRangeType Type,
    LocalDate StartDate,
    LocalDate? EndDate = null,
    int NumberOfOccurrences = 0,
    string? RecurrenceTimeZone = null);
