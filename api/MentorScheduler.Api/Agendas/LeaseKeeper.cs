using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Keeps a sweep's leases alive while its sends run (every third of <see cref="AgendaOptions.Lease"/>, on the
/// injected clock, through its own database context), so a slow Graph or a long run of batches never lets another
/// sweep take a delivery that is being sent.
/// </summary>
public sealed class LeaseKeeper(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AgendaOptions> options, ILogger<LeaseKeeper> logger)
{
    /// <summary>Renews until the returned handle is disposed.</summary>
    public IAsyncDisposable Keep(string owner, IReadOnlyCollection<Guid> deliveryIds)
    {
        var stop = new CancellationTokenSource();
        var loop = deliveryIds.Count == 0 ? Task.CompletedTask : RenewLoopAsync(owner, deliveryIds, stop.Token);
        return new Handle(stop, loop);
    }

    private async Task RenewLoopAsync(string owner, IReadOnlyCollection<Guid> deliveryIds, CancellationToken stop)
    {
        var lease = options.Value.Lease;
        using var timer = new PeriodicTimer(lease / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await using var scope = scopes.CreateAsyncScope();
                var ledger = scope.ServiceProvider.GetRequiredService<DeliveryLedger>();
                var held = await ledger.RenewAsync(owner, deliveryIds, clock.GetUtcNow() + lease, stop);
                if (held < deliveryIds.Count)
                    logger.LogWarning("A sweep holds {Held} of its {Count} delivery leases while sending.", held, deliveryIds.Count);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The sends are done.
        }
    }

    private sealed class Handle(CancellationTokenSource stop, Task loop) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await loop;
            stop.Dispose();
        }
    }
}
