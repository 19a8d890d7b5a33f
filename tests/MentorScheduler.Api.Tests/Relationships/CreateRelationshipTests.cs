using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Relationships;

public sealed class CreateRelationshipTests : IAsyncLifetime
{
    private readonly TestApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task AMenteeRecordsAnAgreementThatReadsBackExactly()
    {
        using var adele = await _app.ClientFor("adele.vance");

        using var created = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString();
        Assert.Equal($"/api/relationships/{id}", created.Headers.Location?.OriginalString);
        var expected = JsonNode.Parse($$"""
            { "id": "{{id}}", "status": "proposed",
              "mentee": {"upn":"adele.vance@contoso.example","displayName":"Adele Vance","timeZone":"Europe/London"},
              "mentor": {"upn":"megan.bowen@contoso.example","displayName":"Megan Bowen","timeZone":"America/New_York"},
              "purpose": "Prepare for a move into product management",
              "goals": ["Expand my professional network", "Understand organizational politics"],
              "cadence": {"frequency":"weekly","durationMinutes":45},
              "startDate": "2027-01-04", "meetingCount": 8, "evaluateAfterMeetings": 4, "timeZone": "Europe/London",
              "series": null, "evaluation": {"status":"scheduled","afterMeeting":4} }
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(body.GetRawText())), body.GetRawText());

        var read = await adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}");
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(read.GetRawText())), read.GetRawText());
    }

    [Fact]
    public async Task BothPeopleSeeTheRelationshipInTheirLists()
    {
        using var adele = await _app.ClientFor("adele.vance");
        using var megan = await _app.ClientFor("megan.bowen");
        using var created = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var asMentee = await adele.GetFromJsonAsync<JsonElement>("/api/relationships");
        var asMentor = await megan.GetFromJsonAsync<JsonElement>("/api/relationships");

        Assert.Equal([id], asMentee.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal([id], asMentor.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task WithoutATimeZoneTheMenteesMailboxZoneIsUsed()
    {
        using var megan = await _app.ClientFor("megan.bowen");
        var body = RelationshipRequests.Valid("adele.vance");
        body.Remove("timeZone");

        using var created = await megan.PostAsJsonAsync("/api/relationships", body);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("America/New_York", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task AWindowsTimeZoneIsAcceptedAndKeptAsItsIanaId()
    {
        using var adele = await _app.ClientFor("adele.vance");

        using var created = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.With("timeZone", "GMT Standard Time"));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Europe/London", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task ProposingTheSameMentorTwiceIsAConflict()
    {
        using var adele = await _app.ClientFor("adele.vance");
        using var first = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        using var second = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        var problem = await ProblemAssert.Problem(second, HttpStatusCode.Conflict);
        Assert.Equal("relationshipExists", problem.Code());
        Assert.Contains("Megan Bowen", problem.Detail(), StringComparison.Ordinal);
    }
}
