using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Benchmarks.Infrastructure;
using MentorScheduler.GraphSimulator;

namespace MentorScheduler.Benchmarks.Sweep;

/// <summary>
/// <c>agenda-sweep [relationships]</c>: one agenda sweep over N booked relationships (default 2,000) whose
/// sessions all fall due at once, against the simulator with 50 ms added to every Graph operation. Reports
/// Graph HTTP requests and Graph operations per delivered agenda, wall time and peak memory.
/// </summary>
public sealed class SweepScenario : IScenario
{
    private const int LatencyMs = 50;
    private static readonly DateTimeOffset FirstSession = new(2027, 1, 18, 14, 0, 0, TimeSpan.Zero);

    public string Name => "agenda-sweep";

    public string Summary => "POST /api/admin/agenda-sweep over 2,000 relationships with 50 ms Graph latency: requests and operations per agenda, time, memory";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 2000;
        await using var app = new BenchApp(GeneratedTenant(count));

        var seeding = Stopwatch.StartNew();
        await SeedAsync(app, count);
        Console.WriteLine($"seeded {count} booked relationships in {seeding.Elapsed.TotalSeconds:0.0} s");

        using (var anonymous = app.Anonymous())
        using (var move = await anonymous.PostAsJsonAsync("/dev/clock", new { now = FirstSession.AddDays(-6) }))
            move.EnsureSuccessStatusCode();
        await app.SetGraphLatency(LatencyMs);
        await app.ResetGraphCounters();
        using var admin = await app.ClientFor("diego.siciliani@contoso.example");
        GC.Collect();
        var memoryBefore = Process.GetCurrentProcess().PeakWorkingSet64;

        Console.WriteLine(MachineLoad.Describe("before the sweep"));
        var wall = Stopwatch.StartNew();
        using var response = await admin.PostAsync("/api/admin/agenda-sweep", null);
        wall.Stop();
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var delivered = result.GetProperty("delivered").GetInt32();
        var counters = await app.Counters();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(MachineLoad.Describe("after the sweep"));

        var table = new MarkdownTable("relationships", "agendas delivered", "Graph HTTP requests", "requests per agenda (goal ≤ 0.25)",
            "Graph operations", "operations per agenda (goal ≤ 4)", "wall time (goal ≤ 10 s)", "peak working set");
        table.Add(
            count.ToString(CultureInfo.InvariantCulture),
            delivered.ToString(CultureInfo.InvariantCulture),
            counters.HttpRequests.ToString(CultureInfo.InvariantCulture),
            Ratio(counters.HttpRequests, delivered),
            counters.Operations.ToString(CultureInfo.InvariantCulture),
            Ratio(counters.Operations, delivered),
            string.Create(CultureInfo.InvariantCulture, $"{wall.Elapsed.TotalSeconds:0.0} s"),
            string.Create(CultureInfo.InvariantCulture, $"{peak / 1024.0 / 1024.0:0} MiB (was {memoryBefore / 1024.0 / 1024.0:0} MiB before the sweep)"));
        Console.WriteLine();
        Console.WriteLine("Operations by route:");
        foreach (var (route, value) in counters.ByRoute.OrderByDescending(r => r.Value))
            Console.WriteLine($"  {route}: {value}");
        Console.WriteLine();
        Console.Write(table);
        return delivered == count ? 0 : 1;
    }

    /// <summary>The demo tenant plus one mentee (London) and one mentor (New York) per relationship.</summary>
    internal static DemoTenant GeneratedTenant(int count, int? mentors = null)
    {
        var demo = DemoTenant.LoadDefault();
        var users = demo.Users.ToList();
        for (var i = 0; i < count; i++) users.Add(Person($"mentee{i:0000}", "Mentee", i, "Europe/London"));
        for (var i = 0; i < (mentors ?? count); i++) users.Add(Person($"mentor{i:0000}", "Mentor", i, "America/New_York"));
        return demo with { Users = users, StandingMeetings = [] };
    }

    private static SeedUser Person(string name, string role, int i, string zone) => new(
        $"00000000-0000-4000-8000-{(role == "Mentee" ? 1 : 2):00}{i:0000000000}",
        $"{name}@contoso.example", role, i.ToString("0000", CultureInfo.InvariantCulture), role, "Benchmark", "Remote",
        null, zone, new SeedWorkingHours(new TimeOnly(8, 0), new TimeOnly(18, 0)), []);

    /// <summary>Each mentee proposes and books through the API, a few at a time; the relationships' ids, by mentee number.</summary>
    /// <param name="app">The app to seed.</param>
    /// <param name="count">How many relationships.</param>
    /// <param name="mentorOf">Mentee i's mentor number (by default mentor i).</param>
    /// <param name="book">Book each series too, or only propose.</param>
    internal static async Task<string[]> SeedAsync(BenchApp app, int count, Func<int, int>? mentorOf = null, bool book = true)
    {
        using var gate = new SemaphoreSlim(8);
        var ids = new string[count];
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var mentee = await app.ClientFor($"mentee{i:0000}@contoso.example");
                using var created = await mentee.PostAsJsonAsync("/api/relationships", new
                {
                    mentorUpn = $"mentor{mentorOf?.Invoke(i) ?? i:0000}@contoso.example",
                    purpose = "Benchmark relationship",
                    goals = new[] { "Expand my professional network" },
                    cadence = new { frequency = "weekly", durationMinutes = 45 },
                    startDate = "2027-01-18",
                    meetingCount = 8,
                    evaluateAfterMeetings = 4,
                    timeZone = "Europe/London",
                });
                created.EnsureSuccessStatusCode();
                var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
                ids[i] = id;
                if (!book) return;
                using var booked = await mentee.PostAsJsonAsync($"/api/relationships/{id}/booking", new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
                booked.EnsureSuccessStatusCode();
            }
            finally
            {
                gate.Release();
            }
        }));
        return ids;
    }

    private static string Ratio(int value, int per) =>
        per == 0 ? "n/a" : (value / (double)per).ToString("0.000", CultureInfo.InvariantCulture);
}
