using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// The process's places for background work's <c>$batch</c> requests in flight (<see cref="GraphOptions.MaxBatchesInFlight"/>),
/// shared by every background <see cref="GraphBatcher"/> (<see cref="GraphBatcher.Background"/>): the chunks of a sweep,
/// and sweeps running side by side, together keep no more batches in flight than the setting says.
/// </summary>
public sealed class GraphBatchSlots(IOptions<GraphOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxBatchesInFlight);

    public Task WaitAsync(CancellationToken ct) => _slots.WaitAsync(ct);

    public void Release() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
