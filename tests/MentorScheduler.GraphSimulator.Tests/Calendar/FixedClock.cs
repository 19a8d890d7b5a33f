namespace MentorScheduler.GraphSimulator.Tests.Calendar;

/// <summary>A clock that always reads the same instant, so tests never depend on the wall clock.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset DemoNow = new(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

    public FixedClock() : this(DemoNow)
    {
    }

    public override DateTimeOffset GetUtcNow() => now;
}
