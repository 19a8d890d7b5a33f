namespace MentorScheduler.Benchmarks.Sweep;

/// <summary>One sweep as measured: what it delivered, what it cost Graph, how long it took, the process's memory meanwhile.</summary>
public sealed record SweepMeasurement(
    int Delivered, int HttpRequests, int Operations, Dictionary<string, int> ByRoute, TimeSpan Wall, TimeSpan Cpu, long PeakWorkingSet, long PeakAnonymous, long PeakHeap);
