using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Benchmarks.Infrastructure;
using MentorScheduler.Benchmarks.Sweep;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Accept;

namespace MentorScheduler.Benchmarks.Notifications;

/// <summary>
/// <c>notification-lag [changes]</c>: N booked relationships (default 200); each mentor accepts the series in the
/// simulator, four at a time, and the time until the mentee's <c>GET /api/relationships/{id}</c> shows
/// <c>active</c> is measured (the simulator's POST, the endpoint's queueing, the worker's read, the record's save).
/// Goal: p99 under 5 s, median under 1 s, on SQLite.
/// </summary>
public sealed class NotificationLagScenario : IScenario
{
    public string Name => "notification-lag";

    public string Summary => "from a mentor's accept in the simulator to the record showing active: median and p99 over 200 changes";

    public async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 200;
        await using var app = new BenchApp(SweepScenario.GeneratedTenant(count));
        var ids = await SweepScenario.SeedAsync(app, count);
        await WaitForSubscriptionsAsync(app, count);
        Console.WriteLine(MachineLoad.Describe("before the changes"));

        var graph = app.Graph();
        var lags = new List<double>();
        using var gate = new SemaphoreSlim(4);
        await Task.WhenAll(ids.Select(async (id, i) =>
        {
            await gate.WaitAsync();
            try
            {
                var mentor = $"mentor{i:0000}@contoso.example";
                using var mentee = await app.ClientFor($"mentee{i:0000}@contoso.example");
                var copy = (await graph.Users[mentor].Events.GetAsync())!.Value!.Single(e => e.Type == EventType.SeriesMaster);
                var watch = Stopwatch.StartNew();
                await graph.Users[mentor].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
                while ((await mentee.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString() != "active")
                {
                    if (watch.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"relationship {id} never showed active");
                    await Task.Delay(5);
                }
                lock (lags) lags.Add(watch.Elapsed.TotalMilliseconds);
            }
            finally
            {
                gate.Release();
            }
        }));
        Console.WriteLine(MachineLoad.Describe("after the changes"));

        lags.Sort();
        var median = lags[lags.Count / 2];
        var p99 = lags[(int)Math.Ceiling(lags.Count * 0.99) - 1];
        var table = new MarkdownTable("changes", "median (goal < 1 s)", "p99 (goal < 5 s)", "max");
        table.Add(count.ToString(CultureInfo.InvariantCulture), Ms(median), Ms(p99), Ms(lags[^1]));
        Console.WriteLine();
        Console.Write(table);
        return p99 < 5000 && median < 1000 ? 0 : 1;
    }

    private static string Ms(double ms) => string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms");

    private static async Task WaitForSubscriptionsAsync(BenchApp app, int count)
    {
        using var anonymous = app.Anonymous();
        for (var i = 0; i < 600; i++)
        {
            var stats = await anonymous.GetFromJsonAsync<JsonElement>("/graph-sim/admin/notifications");
            if (stats.GetProperty("subscriptions").GetInt32() >= count && stats.GetProperty("pending").GetInt32() == 0) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("the subscriptions were not all created");
    }
}
