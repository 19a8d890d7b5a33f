namespace MentorScheduler.Api.Simulation;

/// <summary>
/// Simulated mode's clock: a source clock shifted by an offset that <c>POST /dev/clock</c> sets, so the API
/// and the simulator both see "a week later" without waiting a week. It keeps advancing with its source.
/// </summary>
public sealed class DevClock(TimeProvider source) : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => source.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long GetTimestamp() => source.GetTimestamp();

    public override long TimestampFrequency => source.TimestampFrequency;

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _offsetTicks, (now - source.GetUtcNow()).Ticks);
}
