using System.Net.Http.Json;
using MentorScheduler.GraphSimulator.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Accept;
using static MentorScheduler.GraphSimulator.Tests.Calendar.CalendarTestData;

namespace MentorScheduler.GraphSimulator.Tests.Subscriptions;

/// <summary>Graph's subscriptions on a user's events: the handshake, the limits, renewal, and notifications sent by real HTTP.</summary>
public sealed class SubscriptionTests
{
    private const string AdeleId = "a1e0d7c4-1b2c-4d5e-8f90-000000000001";
    private const string MeganId = "a1e0d7c4-1b2c-4d5e-8f90-000000000005";

    [Fact]
    public async Task CreatingOneShakesHandsWithBothEndpointsAndAnswersGraphsShape()
    {
        var (sim, receiver, clock) = await StartAsync();
        await using var owned = sim;

        var created = await Subscribe(sim, Adele, lifecycle: true);

        Assert.Equal(["/hooks/notifications", "/hooks/lifecycle"], receiver.Validations);
        Assert.Equal("users/adele.vance@contoso.example/events", created!.Resource);
        Assert.Equal("created,updated,deleted", created.ChangeType);
        Assert.Equal("s3cret", created.ClientState);
        Assert.Equal(clock.GetUtcNow().AddDays(3), created.ExpirationDateTime);
        Assert.Equal(created.Id, (await sim.Graph.Subscriptions[created.Id].GetAsync())!.Id);
    }

    [Fact]
    public async Task AnEndpointThatFailsTheHandshakeOrLimitsGraphSetAreRefused()
    {
        var (sim, _, clock) = await StartAsync();
        await using var owned = sim;

        var refused = await Assert.ThrowsAsync<ODataError>(() => Subscribe(sim, Adele, url: $"{sim.Address}/hooks/refuse"));
        var tooLong = await Assert.ThrowsAsync<ODataError>(() => Subscribe(sim, Adele, expires: clock.GetUtcNow().AddMinutes(10_081)));
        var notHttps = await Assert.ThrowsAsync<ODataError>(() => Subscribe(sim, Adele, url: "http://mentoring.contoso.example/hooks"));
        var badType = await Assert.ThrowsAsync<ODataError>(() => Subscribe(sim, Adele, changeType: "moved"));

        Assert.Equal("ValidationError", refused.Error!.Code);
        Assert.Contains("10080 minutes", tooLong.Error!.Message, StringComparison.Ordinal);
        Assert.Contains("https", notHttps.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(400, badType.ResponseStatusCode);
        Assert.Empty((await sim.Graph.Subscriptions.GetAsync())!.Value!);
    }

    [Fact]
    public async Task AnAttendeesAnswerIsNotifiedToTheOrganisersSubscriptionWithTheClientState()
    {
        var (sim, receiver, _) = await StartAsync();
        await using var owned = sim;
        var subscription = await Subscribe(sim, Adele);
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 4).WithAttendees(Megan));
        await SettledAsync(sim);
        var copy = (await sim.Graph.Users[Megan].Events.GetAsync(rc => rc.QueryParameters.Filter = $"iCalUId eq '{meeting!.ICalUId}'"))!.Value!.Single();

        await sim.Graph.Users[Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
        await SettledAsync(sim);

        var notes = receiver.Notifications.ToList();
        Assert.Equal(["created", "updated"], notes.Select(n => n.GetProperty("changeType").GetString()));
        var updated = notes[1];
        Assert.Equal($"Users/{AdeleId}/Events/{meeting!.Id}", updated.GetProperty("resource").GetString());
        Assert.Equal(meeting.Id, updated.GetProperty("resourceData").GetProperty("id").GetString());
        Assert.Equal("s3cret", updated.GetProperty("clientState").GetString());
        Assert.Equal(subscription!.Id, updated.GetProperty("subscriptionId").GetString());
        Assert.Equal("6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10", updated.GetProperty("tenantId").GetString());
        Assert.DoesNotContain(notes, n => n.GetProperty("resource").GetString()!.Contains(MeganId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARenewedSubscriptionLivesOnAndAnExpiredOneIsGoneAndSilent()
    {
        var (sim, receiver, clock) = await StartAsync();
        await using var owned = sim;
        var renewed = await Subscribe(sim, Adele, expires: clock.GetUtcNow().AddHours(1));
        var lapsing = await Subscribe(sim, Megan, expires: clock.GetUtcNow().AddHours(1));

        await sim.Graph.Subscriptions[renewed!.Id].PatchAsync(new Subscription { ExpirationDateTime = clock.GetUtcNow().AddDays(6) });
        clock.Advance(TimeSpan.FromHours(2));
        await sim.Graph.Users[Megan].Events.PostAsync(Single("Solo", "2027-02-02T14:00:00", "2027-02-02T15:00:00"));
        await sim.Graph.Users[Adele].Events.PostAsync(Single("Solo", "2027-02-02T14:00:00", "2027-02-02T15:00:00"));
        await SettledAsync(sim);

        var gone = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Subscriptions[lapsing!.Id].GetAsync());
        Assert.Equal(404, gone.ResponseStatusCode);
        Assert.Equal([renewed.Id], receiver.Notifications.Select(n => n.GetProperty("subscriptionId").GetString()));
    }

    [Fact]
    public async Task FaultsDropAndDuplicateNotificationsAndLifecycleEventsGoToTheLifecycleUrl()
    {
        var (sim, receiver, _) = await StartAsync();
        await using var owned = sim;
        var subscription = await Subscribe(sim, Adele, lifecycle: true);
        using var admin = new HttpClient { BaseAddress = new Uri(sim.Address) };
        (await admin.PostAsJsonAsync("/graph-sim/admin/notifications/faults", new { mode = "drop", count = 1 })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/graph-sim/admin/notifications/faults", new { mode = "duplicate", count = 1 })).EnsureSuccessStatusCode();

        await sim.Graph.Users[Adele].Events.PostAsync(Single("Dropped", "2027-02-02T14:00:00", "2027-02-02T15:00:00"));
        var twice = await sim.Graph.Users[Adele].Events.PostAsync(Single("Twice", "2027-02-03T14:00:00", "2027-02-03T15:00:00"));
        (await admin.PostAsJsonAsync($"/graph-sim/admin/subscriptions/{subscription!.Id}/lifecycle", new { lifecycleEvent = "missed" })).EnsureSuccessStatusCode();
        await SettledAsync(sim);

        var notes = receiver.Notifications.ToList();
        Assert.Equal(2, notes.Count(n => n.TryGetProperty("resourceData", out var d) && d.GetProperty("id").GetString() == twice!.Id));
        var missed = Assert.Single(notes, n => n.TryGetProperty("lifecycleEvent", out _));
        Assert.Equal("missed", missed.GetProperty("lifecycleEvent").GetString());
        Assert.Equal(1, sim.Services.GetRequiredService<NotificationDispatcher>().Stats.Dropped);
    }

    [Fact]
    public async Task NotificationsWaitingForTheSameUrlGoInOnePostOfAtMostFifty()
    {
        var (sim, receiver, _) = await StartAsync();
        await using var owned = sim;
        await Subscribe(sim, Adele);
        // The first POST is held unanswered until every change has happened, so the rest wait in the simulator's queue.
        receiver.Hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var created = await Task.WhenAll(Enumerable.Range(0, 120).Select(i =>
            sim.Graph.Users[Adele].Events.PostAsync(Single($"Burst {i}", "2027-02-02T14:00:00", "2027-02-02T15:00:00"))));
        receiver.Hold.SetResult();
        await SettledAsync(sim);

        var ids = receiver.Notifications.Select(n => n.GetProperty("resourceData").GetProperty("id").GetString()).ToList();
        Assert.Equal(created.Select(e => e!.Id).Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Equal(120, receiver.Posts.Sum());
        Assert.True(receiver.Posts.Max() == NotificationDispatcher.MaxPerPost, $"posts of {string.Join(", ", receiver.Posts)}");
        Assert.True(receiver.Posts.Count <= 4, $"posts of {string.Join(", ", receiver.Posts)}");
    }

    [Fact]
    public async Task ADeletedSubscriptionIsGone()
    {
        var (sim, _, _) = await StartAsync();
        await using var owned = sim;
        var subscription = await Subscribe(sim, Adele);

        await sim.Graph.Subscriptions[subscription!.Id].DeleteAsync();

        var gone = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Subscriptions[subscription.Id].GetAsync());
        Assert.Equal(404, gone.ResponseStatusCode);
    }

    private static async Task<(SimulatorHost Sim, NotificationReceiver Receiver, FakeTimeProvider Clock)> StartAsync()
    {
        var clock = new FakeTimeProvider(SimulatorHost.DemoNow);
        var receiver = new NotificationReceiver();
        var sim = await SimulatorHost.StartAsync(clock, receiver.Map);
        return (sim, receiver, clock);
    }

    private static Task<Subscription?> Subscribe(SimulatorHost sim, string user, string? url = null, DateTimeOffset? expires = null,
        string changeType = "created,updated,deleted", bool lifecycle = false) =>
        sim.Graph.Subscriptions.PostAsync(new Subscription
        {
            ChangeType = changeType,
            NotificationUrl = url ?? $"{sim.Address}/hooks/notifications",
            LifecycleNotificationUrl = lifecycle ? $"{sim.Address}/hooks/lifecycle" : null,
            Resource = $"users/{user}/events",
            ExpirationDateTime = expires ?? SimulatorHost.DemoNow.AddDays(3),
            ClientState = "s3cret",
        });

    /// <summary>Until the simulator has nothing left to send (real HTTP to the receiver takes a moment).</summary>
    private static async Task SettledAsync(SimulatorHost sim)
    {
        var dispatcher = sim.Services.GetRequiredService<NotificationDispatcher>();
        for (var i = 0; i < 200 && dispatcher.Stats.Pending > 0; i++) await Task.Delay(25);
        Assert.Equal(0, dispatcher.Stats.Pending);
    }
}
