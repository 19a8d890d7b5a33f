using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Health;

/// <summary>
/// Ready when no sweep has been running for more than two intervals and, with the sweep on its timer, one has
/// finished within the last two intervals (counted from start-up until the first one finishes).
/// </summary>
public sealed class SweepReadiness(BackgroundStatus status, IOptions<AgendaOptions> options, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var limit = 2 * options.Value.SweepInterval;
        var last = status.LastSweep;
        if (status.SweepStarted is { } started && (last is null || last.StartedAt < started) && now - started > limit)
            return Result(HealthCheckResult.Unhealthy(
                $"A sweep started at {started:u} has not finished after {Minutes(now - started)}: Graph may be holding it; see the log and mentorscheduler.graph.requests."));
        if (!options.Value.SweepOnTimer)
            return Result(HealthCheckResult.Healthy((last is null ? "" : $"The last sweep finished at {last.FinishedAt:u}: {last.Summary}. ")
                + "Agendas:SweepOnTimer is false: sweeps run only when asked."));
        var since = last?.FinishedAt ?? status.StartedAt ?? now;
        if (now - since > limit)
            return Result(HealthCheckResult.Unhealthy(last is null
                ? $"No sweep has finished since start-up at {since:u} ({Minutes(now - since)}; the interval is {Minutes(options.Value.SweepInterval)})."
                : $"The last sweep finished at {since:u}, {Minutes(now - since)} ago (the interval is {Minutes(options.Value.SweepInterval)})."));
        return Result(HealthCheckResult.Healthy(last is null ? "No sweep has run yet." : $"The last sweep finished at {last.FinishedAt:u}: {last.Summary}."));
    }

    private static string Minutes(TimeSpan span) => $"{span.TotalMinutes:0} min";

    private static Task<HealthCheckResult> Result(HealthCheckResult result) => Task.FromResult(result);
}
