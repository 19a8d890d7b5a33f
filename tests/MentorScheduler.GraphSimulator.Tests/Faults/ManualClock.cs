namespace MentorScheduler.GraphSimulator.Tests.Faults;

/// <summary>
/// A TimeProvider that stands still until a test moves it: "now" is fixed, and timers (so
/// <c>Task.Delay(…, clock)</c>) fire only when <see cref="Advance"/> passes their due time.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate) return _now;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward and runs every timer that falls due.</summary>
    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (_gate)
        {
            _now += by;
            due = _timers.Where(t => t.DueAt <= _now).ToList();
            foreach (var timer in due) timer.Rearm(_now);
        }
        foreach (var timer in due) timer.Fire();
    }

    /// <summary>Waits (briefly, in real time) until some code has started a timer due <paramref name="dueIn"/> from now.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueIn)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!HasTimerDueAt(GetUtcNow() + dueIn))
            await Task.Delay(10, timeout.Token);
    }

    private bool HasTimerDueAt(DateTimeOffset at)
    {
        lock (_gate) return _timers.Any(t => t.DueAt == at);
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset DueAt { get; private set; } = DateTimeOffset.MaxValue;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                clock._timers.Remove(this);
                _period = period;
                if (dueTime == Timeout.InfiniteTimeSpan) return true;
                DueAt = clock._now + dueTime;
                clock._timers.Add(this);
                return true;
            }
        }

        public void Rearm(DateTimeOffset now)
        {
            if (_period > TimeSpan.Zero) DueAt = now + _period;
            else clock._timers.Remove(this);
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (clock._gate) clock._timers.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
