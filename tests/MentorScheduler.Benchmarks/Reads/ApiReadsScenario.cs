using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using MentorScheduler.Benchmarks.Infrastructure;
using MentorScheduler.Benchmarks.Sweep;

namespace MentorScheduler.Benchmarks.Reads;

/// <summary>
/// <c>api-reads [relationships]</c>: wrk (Debian's package, installed when missing and root) against <c>/health/live</c>,
/// <c>/health</c>, <c>GET /api/relationships</c> for a mentor with 8 relationships, and for the program admin over N
/// (default 2,000; one default page of 200), in one run: requests/s, p50 and p99, the ratio to <c>/health/live</c>,
/// and the Graph calls the reads made. Goals for the mentor: at least half of /health/live's rate, p99 under 20 ms,
/// 0 Graph calls. With <c>--hold</c> the seeded app stays up instead (its address and tokens printed), for profiling by hand.
/// </summary>
public sealed partial class ApiReadsScenario : IScenario
{
    public string Name => "api-reads";

    public string Summary => "wrk: GET /api/relationships (mentor with 8, admin with 2,000) beside /health: rate, p50/p99, Graph calls";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 2000;
        if (!EnsureWrk()) return 2;
        await using var app = new BenchApp(SweepScenario.GeneratedTenant(count, mentors: count / 8));
        await SweepScenario.SeedAsync(app, count, mentorOf: i => i / 8, book: false); // proposed: lists read them the same way
        var baseUrl = app.Anonymous().BaseAddress!.ToString().TrimEnd('/');
        var mentorToken = await app.TokenFor("mentor0000@contoso.example");
        var adminToken = await app.TokenFor("diego.siciliani@contoso.example");
        // The proposals' mails to the mentors and the subscriptions are background work: let them finish first.
        await SweepScenario.SettleAsync(app);
        await app.ResetGraphCounters();
        if (args.Contains("--hold"))
        {
            // For profiling by hand: the seeded app stays up until standard input closes or a line is read.
            Console.WriteLine($"holding: {baseUrl}\nmentor token: {mentorToken}\nadmin token: {adminToken}");
            await Console.In.ReadLineAsync();
            return 0;
        }
        Console.WriteLine(MachineLoad.Describe("before wrk"));

        // /health/live is what /health was when the goal was set (the process answers); /health now also runs the
        // readiness checks (a database query among them), so it is measured too but the ratio is to /health/live.
        var live = Wrk($"{baseUrl}/health/live", null);
        var health = Wrk($"{baseUrl}/health", null);
        var mentor = Wrk($"{baseUrl}/api/relationships", mentorToken);
        var admin = Wrk($"{baseUrl}/api/relationships", adminToken);
        var graphCalls = (await app.Counters()).Operations;
        Console.WriteLine(MachineLoad.Describe("after wrk"));

        var table = new MarkdownTable("endpoint", "requests/s", "ratio to /health/live", "p50", "p99");
        foreach (var (name, result) in new[] { ("/health/live", live), ("/health (with the readiness checks)", health), ("mentor, 8 relationships", mentor), ($"admin, {count} (page of 200)", admin) })
            table.Add(name, result.Rate.ToString("0", CultureInfo.InvariantCulture), (result.Rate / live.Rate).ToString("0.00", CultureInfo.InvariantCulture),
                result.P50, result.P99);
        Console.WriteLine();
        Console.Write(table);
        Console.WriteLine($"Graph operations during the reads: {graphCalls} (goal 0)");
        return graphCalls == 0 ? 0 : 1;
    }

    private static bool EnsureWrk()
    {
        if (File.Exists("/usr/bin/wrk")) return true;
        if (Environment.UserName == "root")
        {
            using (var apt = Process.Start("apt-get", "install -y wrk")) apt.WaitForExit();
            // A new machine's package lists may be empty: read them, then try once more.
            if (!File.Exists("/usr/bin/wrk"))
            {
                using (var update = Process.Start("apt-get", "update -qq")) update.WaitForExit();
                using (var apt = Process.Start("apt-get", "install -y wrk")) apt.WaitForExit();
            }
        }
        if (File.Exists("/usr/bin/wrk")) return true;
        Console.Error.WriteLine("wrk is not installed and could not be: apt-get install wrk");
        return false;
    }

    private static (double Rate, string P50, string P99) Wrk(string url, string? token)
    {
        var arguments = $"-t2 -c16 -d10s --latency {url}" + (token is null ? string.Empty : $" -H \"Authorization: Bearer {token}\"");
        using var wrk = Process.Start(new ProcessStartInfo("wrk", arguments) { RedirectStandardOutput = true })!;
        var output = wrk.StandardOutput.ReadToEnd();
        wrk.WaitForExit();
        var rate = double.Parse(Rate().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        return (rate, Percentile(output, "50"), Percentile(output, "99"));
    }

    private static string Percentile(string output, string p) => Regex.Match(output, $@"^\s+{p}(?:\.000)?%\s+(\S+)", RegexOptions.Multiline).Groups[1].Value;

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rate();
}
