using System.Net;
using System.Net.Http.Json;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Tests.Agendas;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Accept;

namespace MentorScheduler.Api.Tests.PostgreSql;

/// <summary>
/// Three instances on one PostgreSQL database: a burst of 500 notifications, each posted twice and spread over
/// the three, and two overlapping sweeps. Every item is worked once (SKIP LOCKED leases), the record ends right,
/// and the agenda goes out once.
/// </summary>
public sealed class NotificationScaleOutTests
{
    [Fact]
    public async Task ThreeInstancesWorkABurstOnceAndDeliverTheAgendaOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var first = PostgreSqlTests.Instance(new TestApp(), database);
        using var adele = await first.ClientFor("adele.vance");
        var id = await BookingWorld.Propose(adele, change: b => b["startDate"] = "2027-01-18");
        await BookingWorld.BookOk(adele, id, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
        var simulator = new Uri(first.Anonymous().BaseAddress!, "/graph-sim/v1.0").ToString();
        await using var second = PostgreSqlTests.Instance(new TestApp(first.DataDirectory), database).WithSetting("Graph:SimulatorBaseUrl", simulator);
        await using var third = PostgreSqlTests.Instance(new TestApp(first.DataDirectory), database).WithSetting("Graph:SimulatorBaseUrl", simulator);
        second.Anonymous().Dispose();
        third.Anonymous().Dispose();
        var subscription = await Eventually.Until(() => Db(database, db => db.CalendarSubscriptions.ToListAsync()), s => s.Count == 1, "the subscription");
        var clientState = (await first.Graph().Subscriptions[subscription[0].Id].GetAsync())!.ClientState!;
        var series = (await BookingWorld.SeriesInGraph(first.Graph(), AgendaWorld.Adele, id)).Single();
        var copy = (await first.Graph().Users[AgendaWorld.Megan].Events.GetAsync())!.Value!.Single(e => e.Type == EventType.SeriesMaster && e.Subject!.Contains("Adele", StringComparison.Ordinal));
        await first.Graph().Users[AgendaWorld.Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });

        var instances = new[] { first, second, third };
        // As Graph sends them: many at once, though not a thousand connections (PostgreSQL here takes 100 clients in all).
        using var inFlight = new SemaphoreSlim(30);
        var posts = Enumerable.Range(0, 1000).Select(async n =>
        {
            await inFlight.WaitAsync();
            using var release = new Releaser(inFlight);
            using var client = instances[n % 3].Anonymous();
            var note = new
            {
                subscriptionId = subscription[0].Id,
                clientState,
                changeType = "updated",
                tenantId = "6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10",
                resource = $"Users/{subscription[0].MailboxUserId}/Events/{series.Id}",
                resourceData = new { id = (n / 2) % 2 == 0 ? series.Id : $"not-ours-{n / 2}" },
            };
            using var response = await client.PostAsJsonAsync("/api/graph/notifications", new { value = new[] { note } });
            return response.StatusCode;
        });
        var sweepTime = AgendaWorld.FirstSession.AddDays(-6);
        foreach (var app in instances) app.Clock.SetUtcNow(sweepTime);
        var sweeps = new[] { Sweep(first), Sweep(second) };

        var answers = await Task.WhenAll(posts);
        var delivered = (await Task.WhenAll(sweeps)).Sum();

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a));
        await Eventually.Until(() => Db(database, db => db.NotificationWork.CountAsync(w => w.DoneAt == null)), n => n == 0, "the queue to empty", TimeSpan.FromSeconds(60));
        var work = await Db(database, db => db.NotificationWork.ToListAsync());
        Assert.All(work, w => Assert.Equal(0, w.Attempts));
        Assert.InRange(work.Count, 1, 1000);
        Assert.Equal(1, delivered);
        using var adeleNow = await first.ClientFor("adele.vance"); // a token for the moved clock
        var relationship = await Eventually.StatusAsync(adeleNow, id, "active");
        Assert.Equal("active", relationship.GetProperty("status").GetString());
        var sessions = await BookingWorld.Sessions(adeleNow, id);
        Assert.Equal(Enumerable.Range(1, 8), sessions.Select(s => s.GetProperty("number").GetInt32()));
        var inbox = await first.Graph().Users[AgendaWorld.Megan].MailFolders["inbox"].Messages.GetAsync();
        Assert.Single(inbox!.Value!, m => m.Subject!.StartsWith("Agenda:", StringComparison.Ordinal));
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }

    private static async Task<int> Sweep(TestApp app)
    {
        using var diego = await app.ClientFor("diego.siciliani");
        using var response = await diego.PostAsync("/api/admin/agenda-sweep", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("delivered").GetInt32();
    }

    private static async Task<T> Db<T>(PostgresDatabase database, Func<MentorSchedulerDb, Task<T>> read)
    {
        await using var db = PostgreSqlTests.Open(database.ConnectionString);
        return await read(db);
    }
}
