using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>
/// Counts the simulator's traffic: HTTP requests from clients (a <c>$batch</c> once), Graph operations (each
/// request inside a batch once, each other request once), and arrivals per route template; thread-safe.
/// </summary>
public sealed class TrafficCounters
{
    private Tally _tally = new();

    /// <summary>Counts one request that reached a v1.0 endpoint.</summary>
    public void Record(string routeKey, bool fromClient, bool isOperation)
    {
        var tally = Volatile.Read(ref _tally);
        if (fromClient) Interlocked.Increment(ref tally.HttpRequests);
        if (isOperation) Interlocked.Increment(ref tally.Operations);
        Interlocked.Increment(ref tally.ByRoute.GetOrAdd(routeKey, _ => new StrongBox<long>()).Value);
    }

    public TrafficSnapshot Snapshot()
    {
        var tally = Volatile.Read(ref _tally);
        return new TrafficSnapshot(
            Interlocked.Read(ref tally.HttpRequests),
            Interlocked.Read(ref tally.Operations),
            new SortedDictionary<string, long>(
                tally.ByRoute.ToDictionary(kv => kv.Key, kv => Interlocked.Read(ref kv.Value.Value)),
                StringComparer.Ordinal));
    }

    public void Reset() => Interlocked.Exchange(ref _tally, new Tally());

    private sealed class Tally
    {
        public long HttpRequests;
        public long Operations;
        public readonly ConcurrentDictionary<string, StrongBox<long>> ByRoute = new(StringComparer.Ordinal);
    }
}
