namespace MentorScheduler.Api.Telemetry;

/// <summary>The last notification the record followed: when, and how long after it arrived.</summary>
public sealed record NotificationRun(DateTimeOffset At, TimeSpan Lag);
