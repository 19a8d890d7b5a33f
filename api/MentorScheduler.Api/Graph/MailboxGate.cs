namespace MentorScheduler.Api.Graph;

/// <summary>
/// Keeps at most N Graph requests in flight per mailbox (Outlook allows 4 concurrent requests per mailbox).
/// A batch takes all the places it needs at once, so two batches never hold part of what the other needs.
/// </summary>
public sealed class MailboxGate(int perMailbox)
{
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(IReadOnlyDictionary<string, int> Needs, TaskCompletionSource Ready)> _waiting = [];
    private readonly Lock _lock = new();

    public int PerMailbox { get; } = perMailbox;

    public async Task<IDisposable> EnterAsync(IReadOnlyDictionary<string, int> needs, CancellationToken ct)
    {
        if (needs.Values.Any(n => n > PerMailbox))
            throw new ArgumentException($"A batch may hold at most {PerMailbox} requests for one mailbox.", nameof(needs));
        TaskCompletionSource ready;
        lock (_lock)
        {
            if (Fits(needs)) { Take(needs); return new Release(this, needs); }
            ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((needs, ready));
        }
        await using (ct.Register(() => { lock (_lock) _waiting.RemoveAll(w => w.Ready == ready); ready.TrySetCanceled(ct); }))
            await ready.Task;
        return new Release(this, needs);
    }

    private bool Fits(IReadOnlyDictionary<string, int> needs) =>
        needs.All(n => _inFlight.GetValueOrDefault(n.Key) + n.Value <= PerMailbox);

    private void Take(IReadOnlyDictionary<string, int> needs)
    {
        foreach (var (mailbox, count) in needs) _inFlight[mailbox] = _inFlight.GetValueOrDefault(mailbox) + count;
    }

    private void Exit(IReadOnlyDictionary<string, int> needs)
    {
        lock (_lock)
        {
            foreach (var (mailbox, count) in needs)
            {
                var left = _inFlight.GetValueOrDefault(mailbox) - count;
                if (left <= 0) _inFlight.Remove(mailbox); else _inFlight[mailbox] = left;
            }
            foreach (var waiter in _waiting.ToList().Where(w => Fits(w.Needs)))
            {
                Take(waiter.Needs);
                _waiting.Remove(waiter);
                waiter.Ready.TrySetResult();
            }
        }
    }

    private sealed class Release(MailboxGate gate, IReadOnlyDictionary<string, int> needs) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Exit(needs);
        }
    }
}
