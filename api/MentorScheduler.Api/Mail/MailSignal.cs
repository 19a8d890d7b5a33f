namespace MentorScheduler.Api.Mail;

/// <summary>Wakes this instance's outbox sender when a mail was recorded.</summary>
public sealed class MailSignal : IDisposable
{
    private readonly SemaphoreSlim _queued = new(0, 1);

    public void Queued()
    {
        try
        {
            if (_queued.CurrentCount == 0) _queued.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    /// <summary>Until woken or <paramref name="interval"/> has passed on the clock.</summary>
    public async Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = _queued.WaitAsync(either.Token);
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
    }

    public void Dispose() => _queued.Dispose();
}
