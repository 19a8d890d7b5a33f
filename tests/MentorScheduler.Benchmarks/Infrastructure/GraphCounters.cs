namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>The simulator's counters: HTTP requests, Graph operations (batch steps count each) and arrivals by route.</summary>
public sealed record GraphCounters(int HttpRequests, int Operations, Dictionary<string, int> ByRoute)
{
    public int Matching(string routePart) =>
        ByRoute.Where(r => r.Key.Contains(routePart, StringComparison.OrdinalIgnoreCase)).Sum(r => r.Value);
}
