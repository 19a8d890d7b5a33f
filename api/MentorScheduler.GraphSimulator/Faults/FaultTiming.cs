namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>
/// When a fault strikes. <c>Before</c>: the request is refused and nothing is done (Graph's throttling).
/// <c>After</c>: the operation is carried out, then the answer is the fault (a gateway timeout that hid a
/// success). <c>Drop</c>: the operation is carried out, then the connection closes with no answer at all.
/// </summary>
public enum FaultTiming
{
    Before,
    After,
    Drop,
}
