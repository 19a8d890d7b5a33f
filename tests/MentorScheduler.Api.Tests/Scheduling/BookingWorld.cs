using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.Api.Scheduling;
using MentorScheduler.Api.Tests.Relationships;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>Shared steps for booking tests: propose, book, and look at the mentee's calendar in the simulator.</summary>
public static class BookingWorld
{
    /// <summary>
    /// The mentee proposes and, unless <paramref name="agree"/> is false, the mentor accepts (ask first: booking needs
    /// the mentor's yes); returns once the mails of both have left the outbox, so Graph counts after it are the test's own.
    /// </summary>
    public static async Task<string> Propose(HttpClient mentee, string mentor = "megan.bowen", Action<JsonObject>? change = null, bool agree = true)
    {
        var body = RelationshipRequests.Valid(mentor);
        change?.Invoke(body);
        using var response = await mentee.PostAsJsonAsync("/api/relationships", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        if (agree) await Agree(mentee, id, (string)body["mentorUpn"]!);
        else await TestApp.Of(mentee).OutboxSentAsync();
        return id;
    }

    /// <summary>The mentor accepts the proposal through the API, as from the pane.</summary>
    public static async Task Agree(HttpClient mentee, string id, string mentor = "megan.bowen", string? comment = null)
    {
        var app = TestApp.Of(mentee);
        using var client = await app.PersonClient(mentor);
        using var answered = await client.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "accept", comment });
        Assert.True(answered.StatusCode == HttpStatusCode.OK, await answered.Content.ReadAsStringAsync());
        await app.OutboxSentAsync();
    }

    public static async Task<JsonElement> BookOk(HttpClient mentee, string id, object? slot = null)
    {
        using var response = await mentee.PostAsJsonAsync($"/api/relationships/{id}/booking", slot ?? new { });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<List<JsonElement>> Sessions(HttpClient client, string id) =>
        (await client.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/sessions"))!;

    /// <summary>Every series in the mentee's calendar that carries this relationship's link, any version.</summary>
    public static async Task<List<Event>> SeriesInGraph(GraphServiceClient graph, string menteeUpn, string relationshipId, int version = 1)
    {
        var page = await graph.Users[menteeUpn].Events.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = SeriesLink.Filter(Guid.Parse(relationshipId), version);
            rc.QueryParameters.Top = 50;
        });
        return page!.Value!;
    }

    /// <summary>The mentee's series as raw Graph JSON, with our extended property expanded.</summary>
    public static async Task<JsonElement> SeriesJson(TestApp app, string menteeUpn, string eventId)
    {
        using var client = app.Anonymous();
        var url = $"/graph-sim/v1.0/users/{menteeUpn}/events/{eventId}?$expand=singleValueExtendedProperties($filter=id eq '{SeriesLink.PropertyId}')";
        return await client.GetFromJsonAsync<JsonElement>(url);
    }
}
