using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MentorScheduler.Api.Graph;
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

        Assert.Equal("""[{"upn":"megan.bowen@contoso.example","displayName":"Megan Bowen","jobTitle":"Director of Product Marketing","department":"Marketing","officeLocation":"New York","timeZone":"America/New_York","expertise":[],"room":null}]""",
            byName!.ToJsonString());
        Assert.Equal("Patti Fernandez", byUpn!.Single()!["displayName"]!.GetValue<string>());
        Assert.Empty(self!);
    }

    [Theory]
    [InlineData("wilke", "Nestor Wilke")]                         // a surname
    [InlineData("Product", "Megan Bowen, Nestor Wilke")]          // a word of a job title, and a department
    [InlineData("product man", "Nestor Wilke")]                   // words together, in order
    [InlineData("Singapore", "Lee Gu")]                           // an office
    [InlineData("marketing", "Lynne Robbins, Megan Bowen")]       // a department, any case
    [InlineData("engineer", "Alex Wilber, Henrietta Mueller, Joni Sherman, Lee Gu, Patti Fernandez")] // titles; never the caller (Adele is one)
    [InlineData("ilke", "")]                                      // the middle of a word finds nobody, as in Graph
    public async Task SearchFindsPeopleByAnyWordOfTheirNameTitleDepartmentOrOffice(string search, string expected)
    {
        using var adele = await new TenantActions(_app).ClientForAsync("adele.vance");
        var found = await adele.GetFromJsonAsync<JsonArray>($"/api/people?search={Uri.EscapeDataString(search)}");
        Assert.Equal(expected, string.Join(", ", found!.Select(p => p!["displayName"]!.GetValue<string>()).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task SearchIsOneGraphSearchWithTheConsistencyHeaderGraphRequiresAndOneBatchForZonesNotYetKnown()
    {
        using var adele = await new TenantActions(_app).ClientForAsync("adele.vance");
        (await adele.GetAsync("/api/people?search=warm-up")).EnsureSuccessStatusCode();
        var before = await _app.GraphCounters();
        var found = (await adele.GetFromJsonAsync<JsonArray>("/api/people?search=wilke"))!;
        var first = await _app.GraphCounters();
        (await adele.GetAsync("/api/people?search=nestor")).EnsureSuccessStatusCode();
        var second = await _app.GraphCounters();

        Assert.Equal("Europe/London", found.Single()!["timeZone"]!.GetValue<string>());
        // The search, and one batch of mailbox settings (the application's) for the people found.
        Assert.Equal(1, first.GetValueOrDefault("GET /users") - before.GetValueOrDefault("GET /users"));
        Assert.Equal(1, first.GetValueOrDefault("POST /$batch") - before.GetValueOrDefault("POST /$batch"));
        // Nestor again: his zone is kept, so only the search.
        Assert.Equal(1, second.Values.Sum() - first.Values.Sum());
        Assert.Equal(
            "\"displayName:O'Brien\" OR \"jobTitle:O'Brien\" OR \"department:O'Brien\" OR \"officeLocation:O'Brien\" OR \"userPrincipalName:O'Brien\"",
            PeopleDirectory.SearchClause("O'Brien\""));
    }

    [Fact]
    public async Task APersonWithAMentorProfileIsFoundWithTheirExpertiseAndWhetherTheyHaveRoom()
    {
        using var nestor = await new TenantActions(_app).ClientForAsync("nestor.wilke");
        (await nestor.PutAsJsonAsync("/api/me/mentor-profile", new
        {
            openToMentoring = true,
            expertise = new[] { "roadmaps", "discovery" },
            about = "",
            maxMentees = 2,
            meetingsPerMonth = 4,
            modes = new[] { "teams" },
        })).EnsureSuccessStatusCode();
        using var adele = await new TenantActions(_app).ClientForAsync("adele.vance");

        var found = (await adele.GetFromJsonAsync<JsonArray>("/api/people?search=wilke"))!.Single()!;

        Assert.Equal("""["roadmaps","discovery"]""", found["expertise"]!.ToJsonString());
        Assert.Equal("open", found["room"]!.GetValue<string>());
    }

    [Fact]
    public async Task AQuoteInTheSearchIsDroppedNotAnError()
    {
        using var adele = await new TenantActions(_app).ClientForAsync("adele.vance");
        using var response = await adele.GetAsync("/api/people?search=O'Brien");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("[]", await response.Content.ReadAsStringAsync());

        using var quotes = await adele.GetAsync("/api/people?search=%22%22");
        Assert.Equal(HttpStatusCode.BadRequest, quotes.StatusCode);
        var body = await quotes.Content.ReadFromJsonAsync<JsonObject>();
        Assert.StartsWith("Type some letters of a name", body!["errors"]!["search"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptySearchIsRefusedByTheSearchField()
    {
        using var adele = await new TenantActions(_app).ClientForAsync("adele.vance");
        using var response = await adele.GetAsync("/api/people?search=%20");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Type 1 to 100 characters of a name, a job title, a department, an office or an email address.", body!["errors"]!["search"]![0]!.GetValue<string>());
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
