using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MentorScheduler.Api.Addin;
using MentorScheduler.E2E.Tests.Infrastructure;
using MentorScheduler.E2E.Tests.Pane;

namespace MentorScheduler.E2E.Tests.Addin;

/// <summary><c>GET /api/people?search=</c> and <c>GET /addin/config.json</c>, the two endpoints the pane adds.</summary>
public sealed class PeopleApiTests : IAsyncLifetime
{
    private readonly E2EApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SearchFindsPeopleByTheStartOfTheirNameOrUpnButNotTheCaller()
    {
        using var adele = await new TenantActions(_app).ClientForAsync("adele.vance");

        var byName = await adele.GetFromJsonAsync<JsonArray>("/api/people?search=meg");
        var byUpn = await adele.GetFromJsonAsync<JsonArray>("/api/people?search=patti.f");
        var self = await adele.GetFromJsonAsync<JsonArray>("/api/people?search=Adele");

        Assert.Equal("""[{"upn":"megan.bowen@contoso.example","displayName":"Megan Bowen","jobTitle":"Director of Product Marketing"}]""", byName!.ToJsonString());
        Assert.Equal("Patti Fernandez", byUpn!.Single()!["displayName"]!.GetValue<string>());
        Assert.Empty(self!);
    }

    [Fact]
    public async Task AQuoteInTheSearchIsEscapedNotAnError()
    {
        using var adele = await new TenantActions(_app).ClientForAsync("adele.vance");
        using var response = await adele.GetAsync("/api/people?search=O'Brien");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
        Assert.Equal("startswith(displayName,'O''Brien') or startswith(userPrincipalName,'O''Brien')", PeopleApi.StartsWithFilter("O'Brien"));
    }

    [Fact]
    public async Task AnEmptySearchIsRefusedByTheSearchField()
    {
        using var adele = await new TenantActions(_app).ClientForAsync("adele.vance");
        using var response = await adele.GetAsync("/api/people?search=%20");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Type 1 to 100 characters of a name or an email address.", body!["errors"]!["search"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task SearchNeedsAToken()
    {
        using var anonymous = _app.Http();
        using var response = await anonymous.GetAsync("/api/people?search=meg");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ThePaneLearnsTheModeAndInSimulatedModeHasNoClientId()
    {
        using var anonymous = _app.Http();
        var config = await anonymous.GetStringAsync("/addin/config.json");
        Assert.Equal("""{"mode":"simulated","clientId":null,"apiScope":null}""", config);
    }
}
