using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Benchmarks.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Benchmarks.Reads;

/// <summary>
/// <c>program-report [relationships]</c>: a generated program (default 20,000 relationships among 1,500 mentors, in
/// every state, with their sessions, notes and decisions) written straight into the record, then the program admin's
/// <c>GET /api/admin/program</c> timed over HTTP, beside the admins' list (default page, "quiet", "evaluation due", a
/// name search) and the CSV. Goal: the report under 200 ms at 20,000 (issue 17), with no Graph call. With <c>--postgres</c>
/// the record is a fresh database on the PostgreSQL server named by MENTORSCHEDULER_TEST_POSTGRES (as test.sh sets it).
/// </summary>
public sealed class ProgramReportScenario : IScenario
{
    private const int WarmUp = 5;
    private const int Measured = 30;

    public string Name => "program-report";

    public string Summary => "GET /api/admin/program over a generated program of 20,000 relationships: median, p95, max; list and CSV beside";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 20_000;
        await using var postgres = args.Contains("--postgres") ? await ScratchPostgres.CreateAsync() : null;
        await using var app = new BenchApp();
        if (postgres is not null) app.WithSetting("Storage:Provider", "PostgreSQL").WithSetting("Storage:ConnectionString", postgres.ConnectionString);
        Console.WriteLine($"store: {(postgres is null ? "SQLite (the embedded default)" : "PostgreSQL")}");
        using var diego = await app.ClientFor("diego.siciliani");
        var tenantId = (await diego.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("tenantId").GetString()!;

        var seeding = Stopwatch.StartNew();
        var seeded = await SeedAsync(app, tenantId, count, BenchApp.Now);
        Console.WriteLine($"seeded {seeded.Relationships:N0} relationships, {seeded.Sessions:N0} sessions, {seeded.Notes:N0} notes in {seeding.Elapsed.TotalSeconds:0.0} s");

        var report = await diego.GetFromJsonAsync<JsonElement>("/api/admin/program");
        var total = report.GetProperty("relationships").EnumerateObject().Sum(p => p.Value.GetInt32());
        if (total != seeded.Relationships)
        {
            await Console.Error.WriteLineAsync($"the report counts {total} relationships, {seeded.Relationships} were seeded");
            return 1;
        }
        Console.WriteLine($"report: {report.GetProperty("sessions")}, quiet {report.GetProperty("quiet")}, evaluations {report.GetProperty("evaluations")}, " +
            $"{report.GetProperty("mentors").GetArrayLength()} mentors, median {report.GetProperty("medianDaysToFirstSession")} days to the first session");

        // A database that grew to this size over months has its planner statistics (PostgreSQL's autovacuum, SQLite's
        // PRAGMA optimize at start-up); one written in a minute has none yet, so take them as they would be.
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>().Database.ExecuteSqlRawAsync("ANALYZE");

        // The seeding kept both cores busy for a minute: let the load average come down before timing (at most 90 s).
        GC.Collect();
        for (var waited = 0; waited < 90 && MachineLoad.OneMinute() is > 1.0; waited += 5) await Task.Delay(TimeSpan.FromSeconds(5));
        await app.ResetGraphCounters();
        Console.WriteLine(MachineLoad.Describe("before timing"));
        var table = new MarkdownTable("request", "median", "p95", "max", "answer");
        var reportTimes = await TimeAsync(diego, "/api/admin/program");
        table.Add(Row("`GET /api/admin/program` (goal < 200 ms)", reportTimes));
        foreach (var path in new[]
        {
            "/api/admin/relationships",
            "/api/admin/relationships?quiet=true",
            "/api/admin/relationships?evaluation=due",
            "/api/admin/relationships?search=mentee%200042",
            "/api/admin/relationships?status=active&mentor=mentor.0007%40contoso.example",
        })
            table.Add(Row($"`GET {Uri.UnescapeDataString(path)}`", await TimeAsync(diego, path)));
        table.Add(Row("`GET /api/admin/program.csv` (every relationship)", await TimeAsync(diego, "/api/admin/program.csv", measured: 5)));
        var graph = (await app.Counters()).Operations;
        Console.WriteLine(MachineLoad.Describe("after timing"));
        Console.WriteLine();
        Console.Write(table);
        Console.WriteLine($"Graph operations during the timed requests: {graph} (goal 0)");
        return graph == 0 && reportTimes.Median < 200 ? 0 : 1;
    }

    private static string[] Row(string name, Timing t) =>
        [name, Durations.Ms(t.Median * 1e6), Durations.Ms(t.P95 * 1e6), Durations.Ms(t.Max * 1e6), $"{t.Bytes / 1024.0:N0} KiB"];

    private sealed record Timing(double Median, double P95, double Max, long Bytes);

    /// <summary>Each request one after another, the answer read to its end; times in milliseconds.</summary>
    private static async Task<Timing> TimeAsync(HttpClient client, string path, int measured = Measured)
    {
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i < WarmUp + measured; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            response.EnsureSuccessStatusCode();
            bytes = body.Length;
            if (i >= WarmUp) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new Timing(times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)], times[^1], bytes);
    }

    private sealed record Seeded(int Relationships, int Sessions, int Notes);

    /// <summary>
    /// The program: relationships proposed over the ten months before <paramref name="now"/>, 1 in 13 mentees to each of
    /// 1,500 mentors in turn; 60% active (8 meetings at their cadence, notes on most of the held ones, one cancelled in
    /// seven, a decision on half of those past their evaluation point), the rest proposed, invited, declined, ended (with
    /// the meetings they had) or withdrawn. Deterministic (a fixed seed), written in chunks straight into the record.
    /// </summary>
    private static async Task<Seeded> SeedAsync(BenchApp app, string tenantId, int count, DateTimeOffset now)
    {
        var random = new Random(17);
        var frequencies = new[] { Frequency.Weekly, Frequency.Biweekly, Frequency.Monthly, Frequency.Quarterly };
        var days = new[] { 7, 14, 30, 91 };
        int sessions = 0, notes = 0;
        const int Chunk = 250;
        for (var first = 0; first < count; first += Chunk)
        {
            var seed = new ProgramSeeder(tenantId);
            for (var i = first; i < Math.Min(count, first + Chunk); i++)
            {
                var kind = random.Next(100);
                var status = kind switch
                {
                    < 60 => RelationshipStatus.Active,
                    < 70 => RelationshipStatus.Proposed,
                    < 75 => RelationshipStatus.Invited,
                    < 85 => RelationshipStatus.Ended,
                    < 95 => RelationshipStatus.Declined,
                    _ => RelationshipStatus.Withdrawn,
                };
                var f = random.Next(frequencies.Length);
                var created = now.AddDays(-random.Next(1, 300)).AddMinutes(-random.Next(1440));
                var r = seed.Relationship(string.Create(CultureInfo.InvariantCulture, $"Mentee {i:00000}"), status, frequencies[f],
                    string.Create(CultureInfo.InvariantCulture, $"Mentor {(i * 13) % 1500:0000}"), "Grow into the next role", created);
                if (status is not (RelationshipStatus.Active or RelationshipStatus.Ended)) continue;
                var start = new DateTimeOffset(created.UtcDateTime.Date.AddDays(7 + random.Next(21)).AddHours(9 + random.Next(8)), TimeSpan.Zero);
                var meetings = status == RelationshipStatus.Active ? 8 : 1 + random.Next(4);
                for (var m = 0; m < meetings; m++)
                {
                    var at = start.AddDays(m * days[f]);
                    var held = at.AddMinutes(45) <= now;
                    var cancelled = random.Next(7) == 0;
                    seed.Session(r, at, cancelled ? SessionStatus.Cancelled : SessionStatus.Scheduled, notes: held && !cancelled && random.Next(4) != 0);
                }
                if (status == RelationshipStatus.Ended) r.EndedAt = start.AddDays(meetings * days[f]);
                else if (r.EvaluationDueAtMs is { } due && due <= now.ToUnixTimeMilliseconds() && random.Next(2) == 0) seed.Decide(r, "continue", now.AddDays(-1));
            }

            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Relationships.AddRange(seed.Relationships);
            db.Sessions.AddRange(seed.Sessions);
            db.SessionNoteVersions.AddRange(seed.Notes);
            db.Decisions.AddRange(seed.Decisions);
            await db.SaveChangesAsync();
            sessions += seed.Sessions.Count;
            notes += seed.Notes.Count;
        }
        return new Seeded(count, sessions, notes);
    }
}
