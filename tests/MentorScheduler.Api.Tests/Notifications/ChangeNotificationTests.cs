using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorScheduler.Api.Notifications;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Users.Item.Events.Item.Accept;

namespace MentorScheduler.Api.Tests.Notifications;

/// <summary>
/// Outlook's changes reach the record by themselves (API.md "Change notifications"): the app subscribes to the
/// organiser's calendar once a series is booked, the simulator posts notifications to it over HTTP, the worker
/// reads the current state; reads never call Graph; lost notifications are repaired.
/// </summary>
public sealed class ChangeNotificationTests : IAsyncLifetime
{
    private NotificationWorld _world = null!;

    public async Task InitializeAsync() => _world = await NotificationWorld.BookedAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task BookingSubscribesTheOrganisersCalendarWithAHashedClientState()
    {
        var subscription = Assert.Single(await _world.SubscriptionsAsync());
        var inGraph = await _world.App.Graph().Subscriptions[subscription.Id].GetAsync();

        Assert.Equal("a1e0d7c4-1b2c-4d5e-8f90-000000000001", subscription.MailboxUserId);
        Assert.Equal($"users/{subscription.MailboxUserId}/events", inGraph!.Resource);
        Assert.Equal("updated,deleted", inGraph.ChangeType);
        Assert.EndsWith("/api/graph/notifications", inGraph.NotificationUrl, StringComparison.Ordinal);
        Assert.NotEqual(inGraph.ClientState, subscription.ClientStateHash);
        Assert.Equal(ClientStates.Hash(inGraph.ClientState!), subscription.ClientStateHash);
        Assert.Equal(TestApp.DefaultNow.AddDays(3), subscription.ExpiresAt);
    }

    [Fact]
    public async Task TheMentorsAcceptArrivesByItselfAndReadsMakeNoGraphCall()
    {
        var copy = await _world.MeganCopyAsync();
        await _world.App.Graph().Users[NotificationWorld.Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
        await Eventually.StatusAsync(_world.AdeleClient, _world.Id, "active");
        await _world.SettledAsync();

        var before = await _world.App.GraphCounters();
        using var megan = await _world.App.ClientFor("megan.bowen");
        using var diego = await _world.App.ClientFor("diego.siciliani");
        foreach (var client in new[] { _world.AdeleClient, megan, diego })
        {
            (await client.GetAsync("/api/relationships")).EnsureSuccessStatusCode();
            (await client.GetAsync($"/api/relationships/{_world.Id}")).EnsureSuccessStatusCode();
            (await client.GetAsync($"/api/relationships/{_world.Id}/sessions")).EnsureSuccessStatusCode();
            // The timeline is the participants' (a program admin is refused it, by the database alone).
            using var timeline = await client.GetAsync($"/api/relationships/{_world.Id}/timeline");
            Assert.Equal(client == diego ? HttpStatusCode.Forbidden : HttpStatusCode.OK, timeline.StatusCode);
        }
        var after = await _world.App.GraphCounters();

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task ADuplicatedNotificationChangesNothingMore()
    {
        await _world.AdminAsync("/graph-sim/admin/notifications/faults", new { mode = "duplicate" });
        var copy = await _world.MeganCopyAsync();

        await _world.App.Graph().Users[NotificationWorld.Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
        await _world.SettledAsync();

        var sessions = await BookingWorld.Sessions(_world.AdeleClient, _world.Id);
        Assert.Equal("active", (await _world.AdeleClient.GetFromJsonAsync<JsonElement>($"/api/relationships/{_world.Id}")).GetProperty("status").GetString());
        Assert.Equal(8, sessions.Count);
        Assert.Equal(Enumerable.Range(1, 8), sessions.Select(s => s.GetProperty("number").GetInt32()));
        Assert.True((await _world.SimulatorStatsAsync()).GetProperty("delivered").GetInt32() >= 2);
    }

    [Fact]
    public async Task ALostNotificationIsRepairedWhenGraphSaysItMissedSome()
    {
        await _world.AdminAsync("/graph-sim/admin/notifications/faults", new { mode = "drop", count = 1 });
        var copy = await _world.MeganCopyAsync();
        await _world.App.Graph().Users[NotificationWorld.Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
        await _world.SettledAsync();
        Assert.Equal("invited", (await _world.AdeleClient.GetFromJsonAsync<JsonElement>($"/api/relationships/{_world.Id}")).GetProperty("status").GetString());

        var subscription = Assert.Single(await _world.SubscriptionsAsync());
        await _world.AdminAsync($"/graph-sim/admin/subscriptions/{subscription.Id}/lifecycle", new { lifecycleEvent = "missed" });

        await Eventually.StatusAsync(_world.AdeleClient, _world.Id, "active");
        // The repair is done once: the queued `missed` is marked done, not left leased to be run again and again.
        await _world.SettledAsync();
        Assert.All(await _world.DbAsync(db => db.NotificationWork.AsNoTracking().Where(w => w.Kind == NotificationKind.Missed).ToListAsync()),
            w => Assert.NotNull(w.DoneAt));
    }

    [Fact]
    public async Task ReauthorizationRenewsAndARemovedSubscriptionIsReplaced()
    {
        var first = Assert.Single(await _world.SubscriptionsAsync());
        _world.App.Clock.Advance(TimeSpan.FromMinutes(1));
        await _world.AdminAsync($"/graph-sim/admin/subscriptions/{first.Id}/lifecycle", new { lifecycleEvent = "reauthorizationRequired" });
        await Eventually.Until(_world.SubscriptionsAsync, s => s.Single().ExpiresAt > first.ExpiresAt, "the subscription to be renewed");

        await _world.AdminAsync($"/graph-sim/admin/subscriptions/{first.Id}/lifecycle", new { lifecycleEvent = "subscriptionRemoved" });
        var replaced = await Eventually.Until(_world.SubscriptionsAsync, s => s.Count == 1 && s[0].Id != first.Id, "a new subscription");

        Assert.NotNull(await _world.App.Graph().Subscriptions[replaced[0].Id].GetAsync());
    }

    [Fact]
    public async Task TheKeepersPassRenewsASubscriptionWithinADayOfItsEnd()
    {
        var first = Assert.Single(await _world.SubscriptionsAsync());
        _world.App.Clock.Advance(TimeSpan.FromHours(47)); // still more than a day left: nothing to do
        await _world.KeeperPassDoneAsync();
        Assert.Equal(first.ExpiresAt, Assert.Single(await _world.SubscriptionsAsync()).ExpiresAt);

        _world.App.Clock.Advance(TimeSpan.FromHours(2)); // inside a day of its end
        _world.KeeperPass();

        var renewed = await Eventually.Until(_world.SubscriptionsAsync, s => s.Single().ExpiresAt > first.ExpiresAt, "the subscription to be renewed");
        Assert.Equal(first.Id, renewed.Single().Id);
        Assert.Equal(_world.App.Clock.GetUtcNow().AddDays(3), renewed.Single().ExpiresAt);
        Assert.Equal(renewed.Single().ExpiresAt, (await _world.App.Graph().Subscriptions[first.Id].GetAsync())!.ExpirationDateTime);
    }

    [Fact]
    public async Task AnAcceptedSeriesDeletedInOutlookCancelsTheSessionsToCome()
    {
        var copy = await _world.MeganCopyAsync();
        await _world.App.Graph().Users[NotificationWorld.Megan].Events[copy.Id].Accept.PostAsync(
            new Microsoft.Graph.Users.Item.Events.Item.Accept.AcceptPostRequestBody { SendResponse = true });
        await Eventually.StatusAsync(_world.AdeleClient, _world.Id, "active");
        var series = (await BookingWorld.SeriesInGraph(_world.App.Graph(), NotificationWorld.Adele, _world.Id)).Single();

        await _world.App.Graph().Users[NotificationWorld.Adele].Events[series.Id].DeleteAsync();

        var sessions = await Eventually.SessionsAsync(_world.AdeleClient, _world.Id,
            s => s.All(x => x.GetProperty("status").GetString() == "cancelled"), "every session to be cancelled");
        Assert.Equal(8, sessions.Count);
    }

    [Fact]
    public async Task ASweepWithNothingDueMakesNoGraphCall()
    {
        using var diego = await _world.App.ClientFor("diego.siciliani");
        using (var first = await diego.PostAsync("/api/admin/agenda-sweep", null))
            Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetInt32()); // session 1's agenda
        await _world.SettledAsync(); // the agenda written into the meeting comes back as a notification
        var before = await _world.App.GraphCounters();

        using var idle = await diego.PostAsync("/api/admin/agenda-sweep", null);

        Assert.Equal(0, (await idle.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetInt32());
        Assert.Equal(before, await _world.App.GraphCounters());
    }

    [Fact]
    public async Task ASubscriptionGraphRefusesIsRetriedAfterAGrowingWaitAndHealthSaysDegradedMeanwhile()
    {
        await using var world = new NotificationWorld();
        using var adele = await world.App.ClientFor("adele.vance");
        await world.App.InjectFault(new { route = "POST /subscriptions", status = 403 });
        var id = await BookingWorld.Propose(adele);
        await BookingWorld.BookOk(adele, id);
        using var anonymous = world.App.Anonymous();
        var degraded = await Eventually.Until(() => anonymous.GetStringAsync("/health"), h => h == "Degraded", "/health to say degraded");
        var asked = (await world.App.GraphCounters()).GetValueOrDefault("POST /subscriptions/");
        Assert.True(asked >= 1, $"{asked} subscription requests");

        // Refused once: the next minute's passes leave that mailbox alone, and /health still says degraded.
        await world.App.ClearFaults();
        world.App.Clock.Advance(TimeSpan.FromSeconds(50));
        await world.KeeperPassDoneAsync();
        Assert.Empty(await world.SubscriptionsAsync());
        Assert.Equal(asked, (await world.App.GraphCounters()).GetValueOrDefault("POST /subscriptions/"));
        Assert.Equal("Degraded", await anonymous.GetStringAsync("/health"));

        // Once the wait is over it is asked again, and all is well.
        world.App.Clock.Advance(TimeSpan.FromSeconds(11));
        await world.KeeperPassDoneAsync();
        Assert.Single(await world.SubscriptionsAsync());
        await Eventually.Until(() => anonymous.GetStringAsync("/health"), h => h == "Healthy", "/health to be healthy again");
        Assert.Equal("Degraded", degraded);
    }

    [Fact]
    public void EachRefusalDoublesTheWaitUpToTheKeepersIntervalAndRetryAfterIsRespected()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
        var retries = new SubscriptionRetries(clock);
        var hour = TimeSpan.FromHours(1);

        var waits = Enumerable.Range(0, 8).Select(_ => retries.Refused("t", "m", hour, retryAfterSeconds: null)).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60], waits.Select(w => (int)w.TotalMinutes));
        Assert.False(retries.MayTry("t", "m"));
        Assert.True(retries.MayTry("t", "other"));
        Assert.Equal(TimeSpan.FromMinutes(30), retries.Refused("t", "n", hour, retryAfterSeconds: 1800));
        clock.Advance(hour);
        Assert.True(retries.MayTry("t", "m"));
        retries.Succeeded("t", "m");
        Assert.Equal(TimeSpan.FromMinutes(1), retries.Refused("t", "m", hour, retryAfterSeconds: 5));
    }

    [Fact]
    public async Task TheHandshakeEchoesTheTokenAsText()
    {
        using var client = _world.App.Anonymous();
        using var response = await client.PostAsync("/api/graph/notifications?validationToken=" + Uri.EscapeDataString("Validation: abc <1>"), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Validation: abc <1>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AWrongClientStateAnUnknownSubscriptionOrAMalformedBodyChangesNothing()
    {
        var subscription = Assert.Single(await _world.SubscriptionsAsync());
        var copy = await _world.MeganCopyAsync();
        await _world.App.Graph().Users[NotificationWorld.Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
        await Eventually.StatusAsync(_world.AdeleClient, _world.Id, "active");
        await _world.SettledAsync();
        var queued = await _world.DbAsync(db => db.NotificationWork.CountAsync());
        using var client = _world.App.Anonymous();

        using var wrong = await client.PostAsJsonAsync("/api/graph/notifications", Notification(subscription.Id, "not-the-secret"));
        using var unknown = await client.PostAsJsonAsync("/api/graph/notifications", Notification(Guid.NewGuid().ToString(), "x"));
        using var malformed = await client.PostAsync("/api/graph/notifications", new StringContent("{\"value\": 42", Encoding.UTF8, "application/json"));
        using var notGraphs = await client.PostAsJsonAsync("/api/graph/notifications", new { hello = "world" });

        Assert.Equal(HttpStatusCode.Accepted, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notGraphs.StatusCode);
        Assert.Equal(queued, await _world.DbAsync(db => db.NotificationWork.CountAsync()));
        Assert.Equal("active", (await _world.AdeleClient.GetFromJsonAsync<JsonElement>($"/api/relationships/{_world.Id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AFloodOfTenThousandIsAnsweredWithoutAFailureAndQueuesOnlyWhatItMay()
    {
        var subscription = Assert.Single(await _world.SubscriptionsAsync());
        using var client = _world.App.Anonymous();
        var posts = Enumerable.Range(0, 100).Select(async batch =>
        {
            var value = Enumerable.Range(0, 100).Select(i => Item(subscription.Id, "wrong", $"evt-{batch}-{i}")).ToArray();
            using var response = await client.PostAsJsonAsync("/api/graph/notifications", new { value });
            return response.StatusCode;
        });

        var answers = await Task.WhenAll(posts);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Accepted, a));
        Assert.Equal(0, await _world.DbAsync(db => db.NotificationWork.CountAsync(w => w.EventId!.StartsWith("evt-"))));
    }

    [Fact]
    public async Task AnItemWhoseWorkerDiedIsTakenAgainOnceItsLeaseRunsOut()
    {
        var subscription = Assert.Single(await _world.SubscriptionsAsync());
        var now = _world.App.Clock.GetUtcNow();
        await _world.DbAsync(async db =>
        {
            db.NotificationWork.Add(new NotificationWork
            {
                TenantId = subscription.TenantId,
                SubscriptionId = subscription.Id,
                MailboxUserId = subscription.MailboxUserId,
                Kind = NotificationKind.Change,
                EventId = "someone-elses",
                ReceivedAt = now,
                AvailableAtMs = now.ToUnixTimeMilliseconds() + 3_600_000,
            });
            return await db.SaveChangesAsync();
        });
        var later = now.AddHours(2);

        var first = await _world.DbAsync(db => new NotificationBacklog(db).ClaimAsync("dead-worker", later, TimeSpan.FromMinutes(2), 20, default));
        var whileHeld = await _world.DbAsync(db => new NotificationBacklog(db).ClaimAsync("other", later.AddMinutes(1), TimeSpan.FromMinutes(2), 20, default));
        var afterLease = await _world.DbAsync(db => new NotificationBacklog(db).ClaimAsync("other", later.AddMinutes(3), TimeSpan.FromMinutes(2), 20, default));

        Assert.Equal("someone-elses", Assert.Single(first).EventId);
        Assert.Empty(whileHeld);
        Assert.Equal("other", Assert.Single(afterLease).LeaseOwner);
    }

    [Fact]
    public async Task AReadOfTheRecordStaysPutWhileGraphIsDown()
    {
        await _world.App.InjectFault(new { route = "*", status = 503 });

        using var response = await _world.AdeleClient.GetAsync($"/api/relationships/{_world.Id}/sessions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(8, (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!.Count);
    }

    private static object Notification(string subscriptionId, string clientState) =>
        new { value = new[] { Item(subscriptionId, clientState, "AAMkAGnope") } };

    private static object Item(string subscriptionId, string clientState, string eventId) => new
    {
        subscriptionId,
        clientState,
        changeType = "updated",
        resource = $"Users/a1e0d7c4-1b2c-4d5e-8f90-000000000001/Events/{eventId}",
        resourceData = new { id = eventId },
        tenantId = "6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10",
    };
}
