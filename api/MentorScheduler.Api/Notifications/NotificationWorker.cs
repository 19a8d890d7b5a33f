using MentorScheduler.Api.Core;
using MentorScheduler.Api.Telemetry;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Works through the queue: woken when this instance queues something, and on its poll interval for items
/// another instance queued or a crashed worker left. Each item in its own scope; a failure frees it for a
/// later attempt (with backoff), so nothing is lost and nothing is done twice at once.
/// </summary>
public sealed class NotificationWorker(IServiceScopeFactory scopes, NotificationSignal signal, IOptions<NotificationOptions> options, TimeProvider clock,
    AppMetrics metrics, BackgroundStatus status, ILogger<NotificationWorker> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await RunOnceAsync(stoppingToken) > 0)
                {
                    // More may be due: keep going until the queue is empty.
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The notification worker failed; it looks again in {Interval}.", options.Value.PollInterval);
            }
            await signal.WaitForWorkAsync(options.Value.PollInterval, clock, stoppingToken);
        }
    }

    /// <summary>Claims and processes one batch; the number claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        List<NotificationWork> items;
        await using (var scope = scopes.CreateAsyncScope())
            items = await scope.ServiceProvider.GetRequiredService<NotificationBacklog>().ClaimAsync(_owner, clock.GetUtcNow(), options.Value.Lease, 20, ct);
        int done = 0, failed = 0, givenUp = 0;
        var longest = TimeSpan.Zero;
        foreach (var item in items)
        {
            using var itemScope = logger.BeginScope(new Dictionary<string, object?> { ["NotificationWorkId"] = item.Id, ["SubscriptionId"] = item.SubscriptionId });
            await using var scope = scopes.CreateAsyncScope();
            var queue = scope.ServiceProvider.GetRequiredService<NotificationBacklog>();
            var db = scope.ServiceProvider.GetRequiredService<Data.MentorSchedulerDb>();
            db.Attach(item);
            try
            {
                if (item.DoneAt is not null) continue; // covered by an earlier read in this batch
                var covered = await queue.LatestIdAsync(ct);
                await scope.ServiceProvider.GetRequiredService<NotificationProcessor>().ProcessAsync(item, ct);
                await queue.CompleteAsync(item, clock.GetUtcNow(), covered, ct);
                var lag = clock.GetUtcNow() - item.ReceivedAt;
                longest = lag > longest ? lag : longest;
                metrics.NotificationProcessed("done", lag);
                status.NotificationFollowed(clock.GetUtcNow(), lag);
                done++;
                // The rest of this batch about the same event is covered too.
                foreach (var twin in items.Where(w => w != item && w.DoneAt is null && w.Kind == NotificationKind.Change && w.SubscriptionId == item.SubscriptionId
                    && w.EventId == item.EventId && w.Id <= covered))
                {
                    db.Attach(twin);
                    await queue.CompleteAsync(twin, clock.GetUtcNow(), covered, ct);
                    metrics.NotificationProcessed("done", clock.GetUtcNow() - twin.ReceivedAt);
                    done++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Notification {WorkId} ({Kind}) failed on attempt {Attempt}: {Reason}", item.Id, item.Kind, item.Attempts + 1, e.Message);
                db.ChangeTracker.Clear();
                db.Attach(item);
                await queue.FailAsync(item, e.Message, clock.GetUtcNow(), options.Value.MaxAttempts, ct);
                var gaveUp = item.DoneAt is not null;
                metrics.NotificationProcessed(gaveUp ? "given_up" : "failed", null);
                if (gaveUp) givenUp++;
                else failed++;
            }
        }
        if (items.Count > 0)
            logger.LogInformation("Notification batch: {Claimed} claimed, {Done} followed in the record, {Failed} to retry, {GivenUp} given up; longest lag {LagSeconds:0.0} s.",
                items.Count, done, failed, givenUp, longest.TotalSeconds);
        return items.Count;
    }
}
