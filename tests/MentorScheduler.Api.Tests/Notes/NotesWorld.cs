using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Notes;

/// <summary>Shared steps for the notes tests: a booked relationship with sessions, and reading and saving notes.</summary>
public static class NotesWorld
{
    public const string Mentee = "adele.vance@contoso.example";
    public const string Mentor = "megan.bowen@contoso.example";

    /// <summary>Adele (mentee) and Megan (mentor), eight weekly meetings from Monday 4 January 2027 at 14:00 London.</summary>
    public static async Task<Booked> Book(HttpClient mentee)
    {
        var id = await BookingWorld.Propose(mentee);
        await BookingWorld.BookOk(mentee, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        var sessions = await BookingWorld.Sessions(mentee, id);
        Assert.Equal(8, sessions.Count);
        return new Booked(id, sessions);
    }

    public static string NotesUrl(this Booked booked, int session = 0) =>
        $"/api/relationships/{booked.Id}/sessions/{booked.SessionId(session)}/notes";

    public static async Task<HttpResponseMessage> Put(HttpClient client, string url, object body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    /// <summary>Saves and expects 200; returns the body and the new ETag.</summary>
    public static async Task<(JsonElement Notes, string ETag)> PutOk(HttpClient client, string url, object body, string? ifMatch = null)
    {
        using var response = await Put(client, url, body, ifMatch);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return (JsonDocument.Parse(text).RootElement.Clone(), response.Headers.ETag!.ToString());
    }

    public static async Task<(JsonElement Notes, string ETag)> GetOk(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return (JsonDocument.Parse(text).RootElement.Clone(), response.Headers.ETag!.ToString());
    }

    public static async Task<JsonElement> Json(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The meeting's occurrence in one person's calendar, as Graph shows it, for a session's window.</summary>
    public static async Task<Event> OccurrenceIn(TestApp app, string upn, JsonElement session)
    {
        var page = await app.Graph().Users[upn].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = Utc(session.GetProperty("start").GetDateTimeOffset());
            rc.QueryParameters.EndDateTime = Utc(session.GetProperty("end").GetDateTimeOffset());
        });
        return Assert.Single(page!.Value!, e => e.SeriesMasterId is not null && e.Subject!.Contains("Adele Vance", StringComparison.Ordinal));
    }

    private static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static async Task<HttpResponseMessage> Patch(HttpClient client, string url, object body) =>
        await client.PatchAsync(url, JsonContent.Create(body));
}
