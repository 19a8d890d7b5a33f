namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>What the fault rules decided for one request: how long to wait, then an optional faulted answer.</summary>
public sealed record FaultDecision(TimeSpan Delay, FaultRule? Fault)
{
    public static readonly FaultDecision None = new(TimeSpan.Zero, null);
}
