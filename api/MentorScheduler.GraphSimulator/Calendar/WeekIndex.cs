namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Graph's <c>weekIndex</c>: which matching day of the month a relative pattern means.</summary>
public enum WeekIndex
{
    First,
    Second,
    Third,
    Fourth,
    Last,
}
