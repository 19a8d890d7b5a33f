namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Graph's <c>patternedRecurrence</c>: a pattern and the range it applies over.</summary>
public sealed record PatternedRecurrence(RecurrencePattern Pattern, RecurrenceRange Range);
