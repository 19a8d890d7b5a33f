using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Tests.Faults;

public sealed class AdminTests
{
    [Theory]
    [InlineData("""{"route":"*","status":418}""", "status")]
    [InlineData("""{"route":"","status":429}""", "route")]
    [InlineData("""{"route":"*","status":429,"count":2,"share":0.5}""", "count")]
    [InlineData("""{"route":"*","status":429,"share":1.5}""", "share")]
    [InlineData("""{"route":"*","count":0,"status":429}""", "count")]
    [InlineData("""{"route":"*","status":null}""", "delayMs")]
    [InlineData("""{"route":"*","status":429,"retryAfterSeconds":-1}""", "retryAfterSeconds")]
    [InlineData("""{"route":""", "body")]
    [InlineData("", "body")]
    public async Task AnInvalidRuleIsRefusedWithAProblemNamingTheField(string rule, string field)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);

        using var content = new StringContent(rule, System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.Raw.PostAsync(new Uri(sim.ServiceRoot.Replace("/v1.0", "/admin/faults", StringComparison.Ordinal)), content);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(problem!["errors"]![field]);
    }

    [Fact]
    public async Task RulesAreListedAndRemovedOneByOneOrAllAtOnce()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        var first = await admin.AddFaultAsync(new { route = "GET /users/*", status = 429, count = 3 });
        await admin.AddFaultAsync(new { route = "*", status = 503, share = 0.25, seed = 3 });

        var listed = (await (await admin.GetAsync("faults")).Content.ReadFromJsonAsync<JsonArray>())!;
        using var removed = await admin.DeleteAsync($"faults/{first}");
        using var again = await admin.DeleteAsync($"faults/{first}");
        using var missing = await admin.GetAsync($"faults/{first}");
        using var cleared = await admin.DeleteAsync("faults");
        var after = await (await admin.GetAsync("faults")).Content.ReadFromJsonAsync<JsonArray>();

        Assert.Equal(["GET /users/*", "*"], listed.Select(r => r!["route"]!.GetValue<string>()));
        Assert.Equal(1, listed[0]!["retryAfterSeconds"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Empty(after!);
    }

    [Fact]
    public async Task ACreatedRuleIsAtItsLocation()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);

        using var created = await admin.PostAsync("faults", new { route = "POST /users/*/events", status = 429, retryAfterSeconds = 2, count = 1 });
        using var atLocation = await admin.Raw.GetAsync(new Uri(new Uri(sim.ServiceRoot), created.Headers.Location!));
        var rule = await atLocation.Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("POST /users/*/events", rule!["route"]!.GetValue<string>());
        Assert.Equal(2, rule["retryAfterSeconds"]!.GetValue<int>());
        Assert.Equal(1, rule["remaining"]!.GetValue<int>());
    }

    [Fact]
    public async Task LatencyOutOfRangeIsRefused()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);

        using var response = await admin.PostAsync("latency", new { delayMs = -5 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
