using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MentorScheduler.Api.Health;

/// <summary>Ready when the database answers and every migration this build knows has been applied to it.</summary>
public sealed class DatabaseReadiness(MentorSchedulerDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The database does not answer: check Storage:ConnectionString (or the data folder) and that the server is up.");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The database answers and is migrated.")
                : HealthCheckResult.Unhealthy($"The database lacks {pending.Count} migration(s) this version needs (the first: {pending[0]}); restart one instance to apply them.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"The database cannot be read ({e.GetType().Name}).");
        }
    }
}
