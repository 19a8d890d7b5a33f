using MentorScheduler.Api.Core;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Keeps the subscriptions (at start, when a series is booked, and every <see cref="NotificationOptions.KeeperInterval"/>)
/// and runs the reconciliation on its timer. Without a notification URL (Live mode without Graph:NotificationUrl)
/// it says so at start-up and reconciles every <see cref="FallbackInterval"/> instead.
/// </summary>
public sealed class NotificationHost(IServiceScopeFactory scopes, NotificationSignal signal, NotificationEndpoint endpoint, SubscriptionRetries retries, IOptions<NotificationOptions> options,
    IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<NotificationHost> logger) : BackgroundService
{
    public static readonly TimeSpan FallbackInterval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The simulated notification URL is this app's own address, known once it listens.
        try
        {
            await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lifetime.ApplicationStarted).Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Started.
        }
        var subscribing = endpoint.Url() is not null;
        if (!subscribing)
            logger.LogWarning("Graph:NotificationUrl is not set: MentorScheduler will not subscribe to Outlook's changes, "
                + "and reads every booked relationship again every {Interval} instead.", FallbackInterval);
        await Task.WhenAll(subscribing ? KeepLoopAsync(stoppingToken) : Task.CompletedTask,
            ReconcileLoopAsync(subscribing ? options.Value.ReconcileInterval : FallbackInterval, stoppingToken));
    }

    private async Task KeepLoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await RunAsync<SubscriptionKeeper>((keeper, token) => keeper.KeepAsync(token), ct);
            // The next pass comes at the keeper's interval, or sooner when a refused mailbox may be asked again.
            var wait = options.Value.KeeperInterval;
            if (retries.Soonest is { } soonest && soonest - clock.GetUtcNow() < wait)
                wait = soonest - clock.GetUtcNow() > TimeSpan.FromSeconds(1) ? soonest - clock.GetUtcNow() : TimeSpan.FromSeconds(1);
            await signal.WaitForMailboxesAsync(wait, clock, ct);
        }
    }

    private async Task ReconcileLoopAsync(TimeSpan interval, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(ct))
        {
            await RunAsync<Reconciliation>(async (reconciliation, token) =>
            {
                var count = await reconciliation.AllAsync(token);
                logger.LogInformation("Reconciliation read {Count} booked relationships again from Outlook.", count);
            }, ct);
        }
    }

    private async Task RunAsync<T>(Func<T, CancellationToken, Task> work, CancellationToken ct) where T : notnull
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider.GetRequiredService<T>(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "{Work} failed; it runs again on its next turn.", typeof(T).Name);
        }
    }
}
