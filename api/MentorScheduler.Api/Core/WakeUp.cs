namespace MentorScheduler.Api.Core;

/// <summary>
/// One background loop's doorbell: <see cref="Ring"/> from anywhere, and the loop's <see cref="WaitAsync"/> returns at
/// once, or after its interval on the injected clock when nobody rang. Rings while the loop works are kept (one).
/// </summary>
public sealed class WakeUp : IDisposable
{
    private readonly SemaphoreSlim _rung = new(0, 1);

    public void Ring()
    {
        try
        {
            if (_rung.CurrentCount == 0) _rung.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already rung.
        }
    }

    /// <summary>Until rung or <paramref name="interval"/> has passed on the clock.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = _rung.WaitAsync(either.Token);
        var elapsed = Task.Delay(interval, clock, either.Token);
        await Task.WhenAny(woken, elapsed);
        await either.CancelAsync();
        try
        {
            await Task.WhenAll(woken, elapsed);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // The other one was cancelled.
        }
        ct.ThrowIfCancellationRequested();
    }

    public void Dispose() => _rung.Dispose();
}
