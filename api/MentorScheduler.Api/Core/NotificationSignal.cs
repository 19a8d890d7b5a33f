namespace MentorScheduler.Api.Core;

/// <summary>Wakes this instance's worker (a notification was queued) or its subscription keeper (a series was booked).</summary>
public sealed class NotificationSignal : IDisposable
{
    private readonly SemaphoreSlim _work = new(0, 1);
    private readonly SemaphoreSlim _subscriptions = new(0, 1);

    public void WorkQueued() => Release(_work);

    public void Dispose()
    {
        _work.Dispose();
        _subscriptions.Dispose();
    }

    public void MailboxesChanged() => Release(_subscriptions);

    /// <summary>Until woken for work or <paramref name="interval"/> has passed on the clock.</summary>
    public Task WaitForWorkAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct) => WaitAsync(_work, interval, clock, ct);

    public Task WaitForMailboxesAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct) => WaitAsync(_subscriptions, interval, clock, ct);

    private static void Release(SemaphoreSlim semaphore)
    {
        try
        {
            if (semaphore.CurrentCount == 0) semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    private static async Task WaitAsync(SemaphoreSlim semaphore, TimeSpan interval, TimeProvider clock, CancellationToken ct)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var woken = semaphore.WaitAsync(either.Token);
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
}
