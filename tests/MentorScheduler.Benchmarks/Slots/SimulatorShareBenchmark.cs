using System.Globalization;
using System.Net.Http.Json;
using BenchmarkDotNet.Attributes;

namespace MentorScheduler.Benchmarks.Slots;

/// <summary>
/// The simulator's part of one slots call: the same getSchedule windows the app asked for (recorded by
/// <see cref="SlotsScenario"/>), posted straight to the simulator one after another, answers read but not
/// parsed. What is left of <see cref="SlotsBenchmark"/>'s time is the app's own work (the Graph SDK, parsing,
/// scoring), which is what stays when the app talks to real Graph.
/// </summary>
public class SimulatorShareBenchmark
{
    private SlotSeries _series = null!;
    private HttpClient _client = null!;
    private string _path = null!;
    private List<object> _bodies = null!;

    [Params("weekly-52", "quarterly-8")]
    public string Series { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        var world = SlotsWorld.Current ?? throw new InvalidOperationException("Run this through `-- slots`, which starts the app first.");
        _series = world[Series];
        _client = _series.App.Anonymous();
        _path = $"/graph-sim/v1.0/users/{SlotsWorld.Mentee}/calendar/getSchedule";
        _bodies = world.WindowsOf(Series).Select(w => (object)new
        {
            Schedules = new[] { SlotsWorld.Mentee, SlotsWorld.Mentor },
            StartTime = new { DateTime = Utc(w.Start), TimeZone = "UTC" },
            EndTime = new { DateTime = Utc(w.End), TimeZone = "UTC" },
            AvailabilityViewInterval = 15,
        }).ToList();
        if (_bodies.Count == 0) throw new InvalidOperationException($"No getSchedule windows were recorded for {Series}.");
    }

    [GlobalCleanup]
    public void Cleanup() => _client.Dispose();

    [Benchmark(Description = "simulator getSchedule, same windows")]
    public async Task<long> GetScheduleOnly()
    {
        long bytes = 0;
        foreach (var body in _bodies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_path, UriKind.Relative)) { Content = JsonContent.Create(body) };
            request.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
            using var response = await _client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            bytes += (await response.Content.ReadAsByteArrayAsync()).Length;
        }
        return bytes;
    }

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
