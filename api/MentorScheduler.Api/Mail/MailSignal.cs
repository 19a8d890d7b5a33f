using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Mail;

/// <summary>Wakes this instance's outbox sender when a mail was recorded.</summary>
public sealed class MailSignal : IDisposable
{
    private readonly WakeUp _queued = new();

    public void Queued() => _queued.Ring();

    /// <summary>Until woken or <paramref name="interval"/> has passed on the clock.</summary>
    public Task WaitAsync(TimeSpan interval, TimeProvider clock, CancellationToken ct) => _queued.WaitAsync(interval, clock, ct);

    public void Dispose() => _queued.Dispose();
}
