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
