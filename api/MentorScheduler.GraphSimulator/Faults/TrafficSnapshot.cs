namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>The counters at one moment, as <c>GET /graph-sim/admin/counters</c> returns them.</summary>
public sealed record TrafficSnapshot(long HttpRequests, long Operations, IReadOnlyDictionary<string, long> ByRoute);
