using BenchmarkDotNet.Attributes;

namespace MentorScheduler.Benchmarks.Slots;

/// <summary>
/// Time per <c>GET /api/relationships/{id}/slots?count=3</c>, end to end over loopback: the app's handler,
/// its getSchedule calls to the in-process simulator through the real Graph SDK, and the scoring. Run only
/// through <see cref="SlotsScenario"/>, which starts the app first (<see cref="SlotsWorld.Current"/>).
/// </summary>
public class SlotsBenchmark
{
    private SlotSeries _series = null!;

    /// <summary>The relationship: weekly-52 or quarterly-8 (<see cref="SlotsWorld"/>).</summary>
    [Params("weekly-52", "quarterly-8")]
    public string Series { get; set; } = null!;

    /// <summary>The simulator's delay on every Graph operation, standing in for Graph's round trip.</summary>
    [Params(0, 50)]
    public int GraphLatencyMs { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var world = SlotsWorld.Current ?? throw new InvalidOperationException("Run this through `-- slots`, which starts the app first.");
        _series = world[Series];
        _series.App.SetGraphLatency(GraphLatencyMs).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => _series.App.SetGraphLatency(0).GetAwaiter().GetResult();

    [Benchmark(Description = "GET slots?count=3")]
    public async Task<int> Slots()
    {
        using var response = await _series.Mentee.GetAsync(new Uri(_series.SlotsPath, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }
}
