using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>A candidate series, by its first meeting in the series' zone, with its number of conflicting meetings.</summary>
public sealed record ScoredSlot(LocalDateTime Start, LocalDateTime End, Instant FirstStart, int Conflicts, LocalTime MenteeTimeOfDay);
