using MentorScheduler.Api.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorScheduler.Api.Health;

/// <summary>
/// Graph reachable, judged from the app's own calls (no probe spends Graph's quota): down when its last answer
/// was a failure (5xx, or none) with no good answer since; degraded while it throttled in the last five minutes.
/// </summary>
public sealed class GraphReadiness(GraphReachability graph, TimeProvider clock) : IHealthCheck
{
    public static readonly TimeSpan ThrottleWindow = TimeSpan.FromMinutes(5);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var answered = graph.LastAnswered;
        if (graph.LastFailed is { } failed && (answered is null || answered < failed))
            return Task.FromResult(HealthCheckResult.Unhealthy($"Graph failed at {failed:u} and has not answered since: check the network path to Graph and Microsoft 365's service health."));
        if (graph.LastThrottled is { } throttled && now - throttled < ThrottleWindow)
            return Task.FromResult(HealthCheckResult.Degraded($"Graph throttled at {throttled:u}: work waits and retries; see mentorscheduler.graph.throttled."));
        return Task.FromResult(HealthCheckResult.Healthy(answered is null ? "No Graph call made yet." : $"Graph last answered at {answered:u}."));
    }
}
