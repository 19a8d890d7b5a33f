namespace MentorScheduler.GraphSimulator.Tests.Faults;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also tells a test when code has started a timer, so a test can advance
/// time only once the delay it means to pass is really waiting (FakeTimeProvider itself does not say).
/// </summary>
public sealed class TimerWatchingClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _gate = new();
    private readonly List<DateTimeOffset> _dueTimes = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // The timer is registered before it is announced: a test that advances the clock as soon as it hears of
        // the timer must find it already waiting, or the advance would pass it by and the wait never end.
        var due = GetUtcNow() + dueTime;
        var timer = base.CreateTimer(callback, state, dueTime, period);
        lock (_gate) _dueTimes.Add(due);
        return timer;
    }

    /// <summary>Waits (briefly, in real time) until some code has started a timer due <paramref name="dueIn"/> from now.</summary>
    public async Task WaitForTimerAsync(TimeSpan dueIn)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var at = GetUtcNow() + dueIn;
        while (!HasTimerDueAt(at))
            await Task.Delay(10, timeout.Token);
    }

    private bool HasTimerDueAt(DateTimeOffset at)
    {
        lock (_gate) return _dueTimes.Contains(at);
    }
}
