using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorScheduler.Api.Notifications;

/// <summary>How following Outlook goes: degraded (not down) while Graph refuses subscriptions; says when it falls back to reconciliation.</summary>
public sealed class NotificationHealth(NotificationEndpoint endpoint) : IHealthCheck
{
    private int _failures;
    private DateTimeOffset? _lastRun;
    private int _passes;

    /// <summary>How many keeper passes have finished since start.</summary>
    public int Passes => Volatile.Read(ref _passes);

    public void KeeperRan(DateTimeOffset at, int failures)
    {
        _lastRun = at;
        Volatile.Write(ref _failures, failures);
        Interlocked.Increment(ref _passes);
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (endpoint.Url() is null)
            return Task.FromResult(HealthCheckResult.Degraded("Graph:NotificationUrl is not set: Outlook's changes reach the record only by reconciliation."));
        var failures = Volatile.Read(ref _failures);
        return Task.FromResult(failures > 0
            ? HealthCheckResult.Degraded($"Graph refused {failures} subscription operation(s) on the last pass ({_lastRun:u}) or they wait out a refusal; they are retried after a growing wait.")
            : HealthCheckResult.Healthy("Subscriptions are in place."));
    }
}
