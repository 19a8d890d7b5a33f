namespace MentorScheduler.Api.Simulation;

/// <summary>The dev clock's reading.</summary>
public sealed record ClockDto(DateTimeOffset? Now);
