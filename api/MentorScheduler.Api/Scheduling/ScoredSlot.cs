using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// A candidate series, by its first meeting in the series' zone, with its number of conflicting meetings and how hard
/// those clashes are (<see cref="SlotScorer"/>: a tentative block weighs less than a busy one or a meeting out of hours).
/// </summary>
public sealed record ScoredSlot(LocalDateTime Start, LocalDateTime End, Instant FirstStart, int Conflicts, LocalTime MenteeTimeOfDay, int Strain = 0);
