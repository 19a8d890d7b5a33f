using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>One expanded occurrence: its date in the series' zone and its instants.</summary>
public sealed record ExpandedOccurrence(LocalDate Date, Instant Start, Instant End);
