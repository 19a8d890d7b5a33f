using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Benchmarks.Infrastructure;
using MentorScheduler.GraphSimulator;

namespace MentorScheduler.Benchmarks.Sweep;

/// <summary>
/// <c>agenda-sweep [due] [booked]</c>: in one app, <c>due</c> booked relationships (default 2,000) with a weekly
/// series, and three agenda sweeps, each with <c>due</c> agendas falling due at once: the first sweep of the process
/// (its code not yet compiled to the optimised tier), the next week's (as a service that has run for a while sweeps),
/// and the week after's with the record filled to <c>booked</c> relationships (default 20,000); each followed at once
/// by an idle sweep. Against the simulator with 50 ms added to every Graph operation. Reports Graph HTTP requests and
/// operations per delivered agenda, wall time and the process's memory during each sweep.
/// </summary>
public sealed class SweepScenario : IScenario
{
    private const int LatencyMs = 50;
    private static readonly DateTimeOffset FirstSession = new(2027, 1, 18, 14, 0, 0, TimeSpan.Zero);

    public string Name => "agenda-sweep";

    public string Summary => "POST /api/admin/agenda-sweep: 2,000 due, first in the process, then warm among 2,000 and among 20,000 booked, each then idle, at 50 ms Graph latency";

    public async Task<int> RunAsync(string[] args)
    {
        var due = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var d) ? d : 2000;
        var booked = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var b) ? b : 20_000;
        var table = new MarkdownTable("booked", "sweep", "agendas delivered", "Graph HTTP requests", "requests per agenda (goal ≤ 0.25)",
            "Graph operations", "operations per agenda (goal ≤ 4)", "wall time", "CPU (app and simulator)", "working set during the sweep (peak)", "of it anonymous (peak; the rest is mapped files: assemblies, the database)", "managed heap (peak)");
        var failed = false;

        await using var app = new BenchApp(GeneratedTenant(due));
        // The clock moves in steps of two days at most, the app let settle after each, so the subscriptions are renewed
        // before they lapse as they would be with time passing (7-day subscriptions, renewed 3 days before the end), and
        // the reconciliation (weekly here) does not read every series again at each step.
        app.WithSetting("Notifications:SubscriptionLifetime", "7.00:00:00").WithSetting("Notifications:RenewBefore", "3.00:00:00")
            .WithSetting("Notifications:ReconcileInterval", "7.00:00:00");
        var now = FirstSession.AddDays(-8);
        await SetClockAsync(app, now);
        var seeding = Stopwatch.StartNew();
        await SeedAsync(app, due);
        Console.WriteLine($"seeded {due} booked relationships through the API in {seeding.Elapsed.TotalSeconds:0.0} s");

        // Each sweep's agendas are for the next week's meeting: the clock goes to six days before the first, then to just
        // after the notes grace of the meeting before (24 hours after it ended), when the next agenda is due.
        var weeks = new (string Label, DateTimeOffset Now, int Booked)[]
        {
            ("first in the process", FirstSession.AddDays(-6), due),
            ("next week, warm", FirstSession.AddDays(1).AddHours(1), due),
            ("the week after, warm", FirstSession.AddDays(8).AddHours(1), Math.Max(due, booked)),
        };
        var copied = 0;
        foreach (var (label, at, total) in weeks)
        {
            await app.SetGraphLatency(0);
            while (now < at)
            {
                now = at - now > TimeSpan.FromDays(2) ? now.AddDays(2) : at;
                await SetClockAsync(app, now);
                await SettleAsync(app);
            }
            if (total - due > copied)
            {
                // The copies come after the clock has moved and what the move set off (the reconciliation, whose timer
                // follows the dev clock, and the renewed subscriptions' reads of their mailboxes) has finished: their
                // series exist only in the record, so a reconciliation would find them gone from Outlook and end them,
                // mailing both people, a flood that is not the sweep's. So the clock does not move again after them.
                await NotDueCopies.AddAsync(app, total - due - copied, TimeSpan.FromDays(26 * 7));
                copied = total - due;
                Console.WriteLine($"the record filled to {total} booked relationships with {copied} copies");
                await SettleAsync(app);
            }
            await app.SetGraphLatency(LatencyMs);
            // Signed in on the moved clock (a token is valid for an hour of it).
            using var admin = await app.ClientFor("diego.siciliani@contoso.example");
            var (busy, idle) = await MeasureAsync(app, admin, $"{label} over {total}");
            failed |= busy.Delivered != due || idle.Operations != 0;
            var goal = total == due ? "goal ≤ 3 s" : "goal ≤ 3.5 s";
            table.Add(Count(total), $"{Count(due)} due, {label}", Count(busy.Delivered), Count(busy.HttpRequests), Ratio(busy.HttpRequests, busy.Delivered),
                Count(busy.Operations), Ratio(busy.Operations, busy.Delivered), $"{Seconds(busy.Wall)} ({goal})", Seconds(busy.Cpu), MiB(busy.PeakWorkingSet), MiB(busy.PeakAnonymous), MiB(busy.PeakHeap));
            table.Add(Count(total), "idle, right after", Count(idle.Delivered), Count(idle.HttpRequests), "n/a", $"{Count(idle.Operations)} (goal 0)", "n/a",
                Seconds(idle.Wall), Seconds(idle.Cpu), MiB(idle.PeakWorkingSet), MiB(idle.PeakAnonymous), MiB(idle.PeakHeap));
        }
        Console.WriteLine();
        Console.Write(table);
        return failed ? 1 : 0;
    }

    /// <summary>
    /// A sweep with its agendas due, the change notifications of its own writes let finish (counted apart), then an idle sweep.
    /// </summary>
    private static async Task<(SweepMeasurement Busy, SweepMeasurement Idle)> MeasureAsync(BenchApp app, HttpClient admin, string label)
    {
        Console.WriteLine(MachineLoad.Describe($"before the sweep {label}"));
        var busy = await SweepAsync(app, admin);
        Console.WriteLine(MachineLoad.Describe($"after the sweep {label}"));
        Console.WriteLine("Operations by route:");
        foreach (var (route, value) in busy.ByRoute.OrderByDescending(r => r.Value))
            Console.WriteLine($"  {route}: {value}");
        // The sweep's own writes into the meetings come back as change notifications, each read once by the worker
        // (Outlook's notification names the series, not who changed it): counted here, apart from either sweep.
        await app.ResetGraphCounters();
        await SettleAsync(app);
        var echo = await app.Counters();
        using (var anonymous = app.Anonymous())
            Console.WriteLine($"the simulator's notifications so far: {await anonymous.GetStringAsync("/graph-sim/admin/notifications")}");
        Console.WriteLine($"after the sweep, the notifications of its own writes cost {echo.Operations} Graph operations ({echo.HttpRequests} requests):");
        foreach (var (route, value) in echo.ByRoute.OrderByDescending(r => r.Value))
            Console.WriteLine($"  {route}: {value}");
        var idle = await SweepAsync(app, admin);
        // An idle sweep calls Graph for nothing; what the counters see meanwhile is background work's (the worker's last reads, the keeper).
        Console.WriteLine($"during the idle sweep, {idle.Operations} Graph operations by anything in the process:");
        foreach (var (route, value) in idle.ByRoute.OrderByDescending(r => r.Value))
            Console.WriteLine($"  {route}: {value}");
        return (busy, idle);
    }

    private static async Task SetClockAsync(BenchApp app, DateTimeOffset now)
    {
        using var anonymous = app.Anonymous();
        using var move = await anonymous.PostAsJsonAsync("/dev/clock", new { now });
        move.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until the app's background work after seeding (subscriptions, the notifications of the bookings) has stopped calling Graph.</summary>
    internal static async Task SettleAsync(BenchApp app)
    {
        var quiet = Stopwatch.StartNew();
        var last = -1;
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(2) && quiet.Elapsed < TimeSpan.FromSeconds(3);)
        {
            await Task.Delay(500);
            var now = (await app.Counters()).HttpRequests;
            if (now != last) quiet.Restart();
            last = now;
        }
    }

    private static async Task<SweepMeasurement> SweepAsync(BenchApp app, HttpClient admin)
    {
        await app.ResetGraphCounters();
        GC.Collect();
        using var memory = new MemoryWatch();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        using var response = await admin.PostAsync("/api/admin/agenda-sweep", null);
        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        response.EnsureSuccessStatusCode();
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var counters = await app.Counters();
        return new SweepMeasurement(result.GetProperty("delivered").GetInt32(), counters.HttpRequests, counters.Operations, counters.ByRoute,
            wall.Elapsed, cpu, memory.PeakWorkingSet, memory.PeakAnonymous, memory.PeakHeap);
    }

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan value) => string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.00} s");

    private static string MiB(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0} MiB");

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

    /// <summary>Each mentee proposes (and, to book, the mentor accepts and the mentee books) through the API, a few at a time; the relationships' ids, by mentee number.</summary>
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
                // Ask first: the mentor says yes before the mentee books.
                using (var mentor = await app.ClientFor($"mentor{mentorOf?.Invoke(i) ?? i:0000}@contoso.example"))
                using (var answered = await mentor.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "accept" }))
                    answered.EnsureSuccessStatusCode();
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
