using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Telemetry;
using MentorScheduler.Api.Tests.Agendas;
using MentorScheduler.Api.Tests.Notifications;
using MentorScheduler.Api.Tests.Relationships;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Telemetry;

/// <summary>
/// /health/ready tells the truth: each check fails for its own reason (the database gone, a sweep stuck, the
/// subscriptions lapsed, Graph down, degraded while Graph throttles) and says it in one line; /health/live stays
/// up throughout, and /health is the combined word.
/// </summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task AFreshAppIsReadyWithEveryCheckNamedAndItsReason()
    {
        await using var app = new TestApp();

        var (status, body) = await ReadyAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal(["database", "sweep", "subscriptions", "graph"], body.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        Assert.All(body.GetProperty("checks").EnumerateArray(), c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("reason").GetString())));
        using var client = app.Anonymous();
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
    }

    [Fact]
    public async Task TheDatabaseGoneMakesTheAppNotReadyButStillLive()
    {
        await using var app = new TestApp();
        Assert.Equal(HttpStatusCode.OK, (await ReadyAsync(app)).Status);

        foreach (var file in Directory.GetFiles(app.DataDirectory, "*.db*")) File.Delete(file);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (status, body) = await ReadyAsync(app);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var database = Check(body, "database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.StartsWith("The database", database.GetProperty("reason").GetString(), StringComparison.Ordinal);
        using var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task ASweepHeldByGraphForMoreThanTwoIntervalsIsReportedStuckUntilItFinishes()
    {
        await using var world = await AgendaWorld.BookedAsync();
        world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        await world.App.InjectFault(new { route = "POST /$batch", status = (int?)null, delayMs = 300_000, count = 1 });
        var status = world.App.Services.GetRequiredService<BackgroundStatus>();

        var sweep = world.Sweep();
        await Eventually.Until(() => Task.FromResult(status.SweepStarted), s => s is not null, "the sweep to start");
        Assert.Equal("Healthy", Check((await ReadyAsync(world.App)).Body, "sweep").GetProperty("status").GetString());
        world.App.Clock.Advance(TimeSpan.FromMinutes(11)); // the interval is five minutes

        var (code, body) = await ReadyAsync(world.App);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        var stuck = Check(body, "sweep");
        Assert.Equal("Unhealthy", stuck.GetProperty("status").GetString());
        Assert.Contains("has not finished", stuck.GetProperty("reason").GetString(), StringComparison.Ordinal);

        await world.App.ClearFaults();
        Assert.Equal(1, (await sweep).GetProperty("delivered").GetInt32());
        var after = Check((await ReadyAsync(world.App)).Body, "sweep");
        Assert.Equal("Healthy", after.GetProperty("status").GetString());
        Assert.Contains("1 agendas", after.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscriptionsGraphWillNotRenewAreDegradedThenDownOnceTheyLapse()
    {
        await using var world = await NotificationWorld.BookedAsync();
        var held = Assert.Single(await world.SubscriptionsAsync());
        await world.App.InjectFault(new { route = "PATCH /subscriptions/*", status = 403 });

        world.App.Clock.SetUtcNow(held.ExpiresAt.AddHours(-12)); // within a day of the end: the keeper renews, Graph refuses
        await world.KeeperPassDoneAsync();
        var (refusedCode, refused) = await ReadyAsync(world.App);
        Assert.Equal(HttpStatusCode.OK, refusedCode);
        Assert.Equal("Degraded", Check(refused, "subscriptions").GetProperty("status").GetString());

        world.App.Clock.SetUtcNow(held.ExpiresAt.AddMinutes(5));
        await world.KeeperPassDoneAsync();
        var (code, body) = await ReadyAsync(world.App);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        var lapsed = Check(body, "subscriptions");
        Assert.Equal("Unhealthy", lapsed.GetProperty("status").GetString());
        Assert.Contains("1 of 1 subscriptions lapsed", lapsed.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphFailingIsDownUntilItAnswersAgainAndThrottlingIsOnlyDegraded()
    {
        await using var app = new TestApp();
        using var adele = await app.ClientFor("adele.vance");
        await app.InjectFault(new { route = "GET /users/{key}", status = 504 }); // a gateway timeout on every try

        using (var failed = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid()))
            Assert.False(failed.IsSuccessStatusCode);
        var (downCode, down) = await ReadyAsync(app);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, downCode);
        Assert.Equal("Unhealthy", Check(down, "graph").GetProperty("status").GetString());
        Assert.Contains("has not answered since", Check(down, "graph").GetProperty("reason").GetString(), StringComparison.Ordinal);

        await app.ClearFaults();
        await app.InjectFault(new { route = "GET /users/{key}", status = 429, retryAfterSeconds = 0, count = 1 });
        using (var created = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid()))
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var (throttledCode, throttled) = await ReadyAsync(app);
        Assert.Equal(HttpStatusCode.OK, throttledCode);
        Assert.Equal("Degraded", throttled.GetProperty("status").GetString());
        Assert.Equal("Degraded", Check(throttled, "graph").GetProperty("status").GetString());

        app.Clock.Advance(TimeSpan.FromMinutes(6)); // the throttling is more than five minutes old
        Assert.Equal("Healthy", Check((await ReadyAsync(app)).Body, "graph").GetProperty("status").GetString());
    }

    private static JsonElement Check(JsonElement body, string name) =>
        body.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == name);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync(TestApp app)
    {
        using var client = app.Anonymous();
        using var response = await client.GetAsync("/health/ready");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
