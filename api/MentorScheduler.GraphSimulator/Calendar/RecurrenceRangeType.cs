namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Graph's <c>recurrenceRangeType</c>.</summary>
public enum RecurrenceRangeType
{
    EndDate,
    NoEnd,
    Numbered,
}
