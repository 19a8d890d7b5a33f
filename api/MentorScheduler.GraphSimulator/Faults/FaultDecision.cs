namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>
/// What the fault rules decided for one request: how long to wait before the work, then an optional faulted answer,
/// and how long to hold the answer once the work is done (<see cref="DelayAfter"/>). Either wait ends early when one of
/// the delaying rules is removed (<see cref="Released"/>).
/// </summary>
public sealed record FaultDecision(TimeSpan Delay, FaultRule? Fault, IReadOnlyList<Task> Released, TimeSpan DelayAfter = default)
{
    public static readonly FaultDecision None = new(TimeSpan.Zero, null, []);
}
