using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// The process's places for <c>$batch</c> requests in flight (<see cref="GraphOptions.MaxBatchesInFlight"/>), shared by
/// every <see cref="GraphBatcher"/>: background work running side by side (a sweep's chunks, the notification worker)
/// together keeps no more batches in flight than the setting says.
/// </summary>
public sealed class GraphBatchSlots(IOptions<GraphOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxBatchesInFlight);

    public Task WaitAsync(CancellationToken ct) => _slots.WaitAsync(ct);

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
