namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>A delay added to every Graph operation (not to the <c>$batch</c> envelope); thread-safe.</summary>
public sealed class SimulatedLatency
{
    /// <summary>The longest delay the simulator accepts, for latency and for fault rules.</summary>
    public const int MaxDelayMs = 300_000;

    private long _delayMs;

    public int DelayMs
    {
        get => (int)Interlocked.Read(ref _delayMs);
        set => Interlocked.Exchange(ref _delayMs, value);
    }
}
