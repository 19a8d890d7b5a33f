using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MentorScheduler.Api.Tests.Agendas;
using MentorScheduler.Api.Tests.Relationships;

namespace MentorScheduler.Api.Tests.Telemetry;

/// <summary>
/// The metrics an operator scrapes at /metrics move with what the app does: a sweep's deliveries, Graph's
/// throttling and the Retry-After waited, and token acquisitions (one exchange per token lifetime, then the cache).
/// No label carries an address or an id.
/// </summary>
public sealed partial class MetricsTests
{
    [Fact]
    public async Task ASweepThatDeliversAnAgendaMovesTheDeliveryCounterAndTheSweepDuration()
    {
        await using var world = await AgendaWorld.BookedAsync();
        world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        var before = await Scrape.ReadAsync(world.App);

        var sweep = await world.Sweep();

        var after = await Scrape.ReadAsync(world.App);
        Assert.Equal(1, sweep.GetProperty("delivered").GetInt32());
        Assert.Equal(1, Delta(before, after, "mentorscheduler_sweep_deliveries_total", ("outcome", "agenda")));
        Assert.Equal(1, Delta(before, after, "mentorscheduler_sweep_duration_seconds_count"));
        Assert.True(Delta(before, after, "mentorscheduler_graph_batch_size_count") >= 1, "the agenda went in a $batch");
        Assert.True(Delta(before, after, "mentorscheduler_graph_requests_total", ("graph_route", "/$batch"), ("graph_actor", "app")) >= 1);

        var idle = await world.Sweep();
        var later = await Scrape.ReadAsync(world.App);
        Assert.Equal(0, idle.GetProperty("delivered").GetInt32());
        Assert.Equal(0, Delta(after, later, "mentorscheduler_sweep_deliveries_total"));
        Assert.Equal(1, Delta(after, later, "mentorscheduler_sweep_duration_seconds_count"));
    }

    [Fact]
    public async Task AThrottledGraphCallMovesTheThrottlingCounterAndTheRetryAfterWaited()
    {
        await using var app = new TestApp();
        using var adele = await app.ClientFor("adele.vance");
        var before = await Scrape.ReadAsync(app);
        await app.InjectFault(new { route = "GET /users/{key}", status = 429, retryAfterSeconds = 1, count = 2 });

        using var response = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = await Scrape.ReadAsync(app);
        Assert.Equal(2, Delta(before, after, "mentorscheduler_graph_throttled_total", ("graph_route", "/users/{id}")));
        Assert.Equal(2, Delta(before, after, "mentorscheduler_graph_requests_total", ("graph_route", "/users/{id}"), ("http_response_status_code", "429")));
        Assert.Equal(2, Delta(before, after, "mentorscheduler_graph_retry_after_seconds_sum"), 3);
        Assert.True(Delta(before, after, "mentorscheduler_graph_requests_total", ("graph_route", "/users/{id}"), ("http_response_status_code", "200")) >= 1);
        // Route shapes only: no address, no GUID, no event id in any label.
        foreach (var (name, labels, _) in after.Samples().Where(s => s.Name.StartsWith("mentorscheduler_", StringComparison.Ordinal)))
            foreach (var value in labels.Values)
            {
                Assert.DoesNotContain("@", value, StringComparison.Ordinal);
                Assert.False(Guid().IsMatch(value), $"{name} carries an id: {value}");
            }
    }

    [Fact]
    public async Task AnotherAppInTheSameProcessNeitherAddsToNorEndsThisAppsCounters()
    {
        await using var app = new TestApp();
        using var adele = await app.ClientFor("adele.vance");
        var before = await Scrape.ReadAsync(app);

        // A second host in this process (as the tests run them) is throttled, then stops: its meter is disposed.
        await using (var other = new TestApp())
        {
            using var otherAdele = await other.ClientFor("adele.vance");
            await other.InjectFault(new { route = "GET /users/{key}", status = 429, retryAfterSeconds = 1, count = 1 });
            using var refused = await otherAdele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());
            Assert.Equal(HttpStatusCode.Created, refused.StatusCode);
        }

        await app.InjectFault(new { route = "GET /users/{key}", status = 429, retryAfterSeconds = 1, count = 2 });
        using var response = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var after = await Scrape.ReadAsync(app);
        Assert.Equal(2, Delta(before, after, "mentorscheduler_graph_throttled_total"));
    }

    [Fact]
    public async Task ATokenIsAcquiredFromEntraOncePerLifetimeAndFromTheCacheAfterThat()
    {
        await using var world = await LiveWorld.StartAsync();
        using var adele = world.ClientFor("adele.vance");

        (await adele.GetAsync("/api/people?search=meg")).EnsureSuccessStatusCode();
        (await adele.GetAsync("/api/people?search=die")).EnsureSuccessStatusCode();
        (await adele.GetAsync("/api/people?search=ale")).EnsureSuccessStatusCode();

        var metrics = await Scrape.ReadAsync(world.App);
        Assert.Equal(1, world.Exchanges("obo"));
        Assert.Equal(1, metrics.Sum("mentorscheduler_token_acquisitions_total", ("token_flow", "obo"), ("token_source", "exchange")));
        Assert.Equal(2, metrics.Sum("mentorscheduler_token_acquisitions_total", ("token_flow", "obo"), ("token_source", "cache")));
        // The app's own token (the zones of the people found): one exchange for the tenant however many searches.
        Assert.Equal(world.Exchanges("app"), metrics.Sum("mentorscheduler_token_acquisitions_total", ("token_flow", "app"), ("token_source", "exchange")));
        Assert.Equal(1, world.Exchanges("app"));

        // Tokens that are near their end (MSAL renews in a token's last five minutes) are exchanged each time: counted so.
        world.Entra.TokenLifetime = TimeSpan.FromMinutes(2);
        using var megan = world.ClientFor("megan.bowen");
        (await megan.GetAsync("/api/people?search=adele")).EnsureSuccessStatusCode();
        (await megan.GetAsync("/api/people?search=die")).EnsureSuccessStatusCode();
        var later = await Scrape.ReadAsync(world.App);
        Assert.Equal(3, world.Exchanges("obo"));
        Assert.Equal(3, later.Sum("mentorscheduler_token_acquisitions_total", ("token_flow", "obo"), ("token_source", "exchange")));
        Assert.Equal(2, later.Sum("mentorscheduler_token_acquisitions_total", ("token_flow", "obo"), ("token_source", "cache")));
    }

    [Fact]
    public async Task RouteShapesKeepGraphsWordsAndDropEveryKey()
    {
        Assert.Equal("/users/{id}/events/{id}/instances", MentorScheduler.Api.Graph.GraphRouteShape.Of(new Uri("https://graph.microsoft.com/v1.0/users/adele%40contoso.example/events/AAMkAD=/instances?$top=5")));
        Assert.Equal("/$batch", MentorScheduler.Api.Graph.GraphRouteShape.Of(new Uri("http://127.0.0.1:5/graph-sim/v1.0/$batch")));
        Assert.Equal("/users/{id}/mailFolders/sentitems/messages", MentorScheduler.Api.Graph.GraphRouteShape.Of(new Uri("https://graph.microsoft.com/v1.0/users/9d5c0a0e-0000-4000-8000-000000000001/mailFolders/sentitems/messages")));
        Assert.Equal("/subscriptions/{id}", MentorScheduler.Api.Graph.GraphRouteShape.Of(new Uri("https://graph.microsoft.com/v1.0/subscriptions/abc123")));
        await Task.CompletedTask;
    }

    private static double Delta(Scrape before, Scrape after, string name, params (string, string)[] labels) =>
        after.Sum(name, labels) - before.Sum(name, labels);

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guid();
}
