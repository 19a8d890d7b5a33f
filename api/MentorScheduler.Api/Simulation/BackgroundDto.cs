namespace MentorScheduler.Api.Simulation;

/// <summary>What the background work did last, for the preview's clock panel: the last sweep and the last notification's lag.</summary>
public sealed record BackgroundDto(DateTimeOffset? LastSweepFinishedAt, string? LastSweepSummary, double? LastSweepSeconds, DateTimeOffset? LastNotificationAt,
    double? LastNotificationLagSeconds);
