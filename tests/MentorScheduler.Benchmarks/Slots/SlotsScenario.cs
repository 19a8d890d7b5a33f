using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Mathematics;
using BenchmarkDotNet.Running;
using MentorScheduler.Api.Scheduling;
using MentorScheduler.Benchmarks.Infrastructure;

namespace MentorScheduler.Benchmarks.Slots;

/// <summary>
/// <c>slots</c>: how many Graph requests one <c>GET /slots?count=3</c> makes, against one getSchedule per
/// window of the span the finder reads, and how long the call takes, with and without 50 ms of Graph latency.
/// Options: <c>--counts-only</c> skips the timing.
/// </summary>
public sealed class SlotsScenario : IScenario
{
    /// <summary>Graph refuses getSchedule windows of 62 days or more.</summary>
    private static readonly TimeSpan GraphLimit = TimeSpan.FromDays(62);

    public string Name => "slots";

    public string Summary => "GET /api/relationships/{id}/slots?count=3: Graph requests per call and time per call (weekly-52, quarterly-8)";

    public async Task<int> RunAsync(string[] args)
    {
        var countsOnly = args.Contains("--counts-only", StringComparer.OrdinalIgnoreCase);
        await using var world = await SlotsWorld.StartAsync();

        var counts = new Dictionary<string, GraphCallCount>();
        foreach (var series in world.Series)
        {
            counts[series.Name] = await CountGraphCallsAsync(series);
            world.RecordWindows(series.Name, counts[series.Name].Windows);
            Describe(series, counts[series.Name]);
        }

        var timings = new Dictionary<(string Series, int LatencyMs), Statistics>();
        var simulator = new Dictionary<string, Statistics>();
        var quiet = true;
        if (!countsOnly)
        {
            SlotsWorld.Current = world;
            var loadBefore = MachineLoad.Describe("before timing");
            quiet = MachineLoad.OneMinute() is not { } start || start <= Environment.ProcessorCount;
            try
            {
                var summaries = BenchmarkRunner.Run([typeof(SlotsBenchmark), typeof(SimulatorShareBenchmark)], BenchConfig.ShortInProcess());
                foreach (var report in summaries.SelectMany(s => s.Reports))
                {
                    if (report.ResultStatistics is not { } statistics) continue;
                    var parameters = report.BenchmarkCase.Parameters;
                    var name = (string)parameters["Series"];
                    if (report.BenchmarkCase.Descriptor.Type == typeof(SlotsBenchmark))
                        timings[(name, (int)parameters["GraphLatencyMs"])] = statistics;
                    else
                        simulator[name] = statistics;
                }
                if (timings.Count != world.Series.Count * 2 || simulator.Count != world.Series.Count)
                {
                    await Console.Error.WriteLineAsync($"BenchmarkDotNet gave {timings.Count + simulator.Count} of {world.Series.Count * 3} results; see its log above.");
                    return 1;
                }
            }
            finally
            {
                SlotsWorld.Current = null;
            }
            Console.WriteLine();
            Console.WriteLine(loadBefore);
            Console.WriteLine(MachineLoad.Describe("after timing"));
            quiet &= MachineLoad.OneMinute() is not { } end || end <= Environment.ProcessorCount;
        }

        Console.WriteLine();
        Console.WriteLine(Table(world, counts, timings, simulator));
        foreach (var series in world.Series)
        {
            var c = counts[series.Name];
            if (c.GetSchedule > c.ExpectedWindows)
                Console.WriteLine($"PROBLEM: {series.Name} made {c.GetSchedule} getSchedule calls for {c.ExpectedWindows} windows.");
            else if (c.GetSchedule > c.FewestWindows)
                Console.WriteLine($"note: {series.Name}: {c.GetSchedule} getSchedule calls, one per {FreeBusyReader.MaxWindow.TotalDays:0}-day window; " +
                                  $"{c.FewestWindows} windows just under Graph's {GraphLimit.TotalDays:0}-day limit would cover the same {c.Span.TotalDays:0} days.");
            if (timings.TryGetValue((series.Name, 0), out var fast) && timings.TryGetValue((series.Name, 50), out var slow))
            {
                var added = (slow.Median - fast.Median) / 1_000_000d;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"note: {series.Name}: 50 ms of Graph latency added {added:0} ms per call (medians), {added / 50:0.0} round trips for {c.GetSchedule} getSchedule calls " +
                    $"({c.GetSchedule}.0 means one after another, 1.0 all at once){(quiet ? "." : "; the machine was busy, so this is rough.")}"));
            }
        }
        return 0;
    }

    /// <summary>Resets the simulator's counters, asks for slots once, and reads what Graph was asked.</summary>
    private static async Task<GraphCallCount> CountGraphCallsAsync(SlotSeries series)
    {
        var first = await OneCallAsync(series);
        // A second call shows whether the first one paid for anything once only (caches, discovery).
        var second = await OneCallAsync(series);
        if (second.GetSchedule != first.GetSchedule || second.Counters.Operations != first.Counters.Operations)
            Console.WriteLine($"note: {series.Name}: the second call made {second.GetSchedule} getSchedule / {second.Counters.Operations} operations " +
                              $"against {first.GetSchedule} / {first.Counters.Operations} for the first.");
        return first;
    }

    private static async Task<GraphCallCount> OneCallAsync(SlotSeries series)
    {
        await series.App.ResetGraphCounters();
        series.App.Windows.Take();
        series.App.Windows.Recording = true;
        string body;
        try
        {
            using var response = await series.Mentee.GetAsync(new Uri(series.SlotsPath, UriKind.Relative));
            body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"GET slots for {series.Name} answered {(int)response.StatusCode}: {body}");
        }
        finally
        {
            series.App.Windows.Recording = false;
        }
        var counters = await series.App.Counters();
        var inFlight = series.App.Windows.MaxInFlight;
        var windows = series.App.Windows.Take();
        return new GraphCallCount(counters, windows, inFlight, JsonDocument.Parse(body).RootElement.Clone());
    }

    private static void Describe(SlotSeries series, GraphCallCount c)
    {
        Console.WriteLine($"== {series.Name} ({series.Frequency}, {series.MeetingCount} meetings)");
        Console.WriteLine($"   Graph: {c.Counters.HttpRequests} HTTP requests, {c.Counters.Operations} operations: " +
                          string.Join(", ", c.Counters.ByRoute.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key} ×{r.Value}")));
        Console.WriteLine($"   span read: {Day(c.SpanStart)} to {Day(c.SpanEnd)} = {c.Span.TotalDays:0.##} days; " +
                          $"{c.ExpectedWindows} windows of {FreeBusyReader.MaxWindow.TotalDays:0} days (FreeBusyReader.MaxWindow), " +
                          $"{c.FewestWindows} if each window were as long as Graph allows (just under {GraphLimit.TotalDays:0} days)");
        Console.WriteLine($"   at most {c.MaxInFlight} getSchedule in flight at once{(c.MaxInFlight == 1 ? ": the windows are read one after another" : string.Empty)}");
        foreach (var (start, end) in c.Windows)
            Console.WriteLine($"     getSchedule {Day(start)} → {Day(end)} ({(end - start).TotalDays:0.##} d)");
        foreach (var slot in c.Slots.EnumerateArray())
            Console.WriteLine($"   slot {slot.GetProperty("start").GetString()} {slot.GetProperty("timeZone").GetString()}, conflicts {slot.GetProperty("conflicts").GetInt32()}");
    }

    private static string Table(SlotsWorld world, Dictionary<string, GraphCallCount> counts,
        Dictionary<(string, int), Statistics> timings, Dictionary<string, Statistics> simulator)
    {
        var table = new MarkdownTable("scenario", "meetings", "span read", "windows (61 d)", "getSchedule calls", "at most in flight", "Graph operations",
            "mean / call", "p95", "of which simulator", "mean / call, 50 ms Graph latency");
        foreach (var series in world.Series)
        {
            var c = counts[series.Name];
            timings.TryGetValue((series.Name, 0), out var fast);
            timings.TryGetValue((series.Name, 50), out var slow);
            simulator.TryGetValue(series.Name, out var sim);
            table.Add(
                $"slots {series.Name}",
                series.MeetingCount.ToString(CultureInfo.InvariantCulture),
                $"{c.Span.TotalDays:0} days",
                c.ExpectedWindows.ToString(CultureInfo.InvariantCulture),
                c.GetSchedule.ToString(CultureInfo.InvariantCulture),
                c.MaxInFlight.ToString(CultureInfo.InvariantCulture),
                c.Counters.Operations.ToString(CultureInfo.InvariantCulture),
                fast is null ? "–" : Durations.Ms(fast.Mean),
                fast is null ? "–" : Durations.Ms(fast.Percentiles.P95),
                sim is null ? "–" : Durations.Ms(sim.Mean),
                slow is null ? "–" : Durations.Ms(slow.Mean));
        }
        return table.ToString();
    }

    private static string Day(DateTime utc) => utc.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    /// <summary>What one call asked of Graph.</summary>
    private sealed record GraphCallCount(GraphCounters Counters, IReadOnlyList<(DateTime Start, DateTime End)> Windows, int MaxInFlight, JsonElement Slots)
    {
        public int GetSchedule => Counters.Matching("getSchedule");

        public DateTime SpanStart => Windows.Count == 0 ? default : Windows.Min(w => w.Start);
        public DateTime SpanEnd => Windows.Count == 0 ? default : Windows.Max(w => w.End);
        public TimeSpan Span => SpanEnd - SpanStart;

        /// <summary>One getSchedule per window of the reader's own length over the span it reads.</summary>
        public int ExpectedWindows => (int)Math.Ceiling(Span / FreeBusyReader.MaxWindow.ToTimeSpan());

        /// <summary>The fewest windows Graph would take: each strictly under 62 days.</summary>
        public int FewestWindows => (int)Math.Ceiling(Span / (GraphLimit - TimeSpan.FromSeconds(1)));
    }
}
