namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>The body of <c>POST /graph-sim/admin/latency</c> and its answer.</summary>
public sealed record LatencySetting(int DelayMs);
