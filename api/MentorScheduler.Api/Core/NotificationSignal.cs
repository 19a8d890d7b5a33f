namespace MentorScheduler.Api.Core;

/// <summary>Wakes this instance's worker (a notification was queued) or its subscription keeper (a series was booked).</summary>
public sealed class NotificationSignal : IDisposable
{
    private readonly WakeUp _work = new();
    private readonly WakeUp _subscriptions = new();

    public void WorkQueued() => _work.Ring();

    public void MailboxesChanged() => _subscriptions.Ring();

    /// <summary>Until woken for work or <paramref name="interval"/> has passed on the clock.</summary>
    public Task WaitForWorkAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct) => _work.WaitAsync(interval, clock, ct);

    public Task WaitForMailboxesAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct) => _subscriptions.WaitAsync(interval, clock, ct);

    public void Dispose()
    {
        _work.Dispose();
        _subscriptions.Dispose();
    }
}
