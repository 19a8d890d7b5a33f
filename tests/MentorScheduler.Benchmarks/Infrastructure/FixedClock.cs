namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// A clock that stays at one instant, so every call plans from the same "today". Timers and timestamps stay
/// real (the base class's), so the simulator's latency and the benchmark's measurements run in real time.
/// </summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
