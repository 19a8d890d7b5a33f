using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MentorScheduler.E2E.Tests.Infrastructure;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// What happens outside the pane, through the app's own HTTP surface: other people's actions in Outlook
/// (through the Graph simulator), the dev clock, the agenda sweep, and set-up through the API.
/// </summary>
public sealed class TenantActions(E2EApp app)
{
    public Task<HttpClient> ClientForAsync(string user) => app.ClientFor(user);

    /// <summary>
    /// The mentee proposes the mentor through the API (API.md's example agreement) and, unless <paramref name="agree"/>
    /// is false, the mentor accepts (booking needs the mentor's yes); returns the relationship id.
    /// </summary>
    public async Task<string> ProposeAsync(string mentee, string mentor, bool agree = true)
    {
        var id = await ProposeOnlyAsync(mentee, mentor);
        if (agree) await MentorAgreesAsync(mentor, id);
        return id;
    }

    /// <summary>The mentor accepts the proposal through the API (as from their pane); its mails are sent before this returns.</summary>
    public async Task MentorAgreesAsync(string mentor, string relationshipId)
    {
        using var client = await ClientForAsync(mentor);
        using var response = await client.PostAsJsonAsync($"/api/relationships/{relationshipId}/answer", new { answer = "accept" });
        response.EnsureSuccessStatusCode();
        await app.OutboxSentAsync();
    }

    /// <summary>The id of the mentee's open relationship with the mentor of this display name (one proposed in the pane, say).</summary>
    public async Task<string> RelationshipIdAsync(string mentee, string mentorName)
    {
        using var client = await ClientForAsync(mentee);
        var all = (await client.GetFromJsonAsync<JsonArray>("/api/relationships"))!;
        return all.Select(r => r!.AsObject()).Single(r => r["mentor"]!["displayName"]!.GetValue<string>() == mentorName
            && r["status"]!.GetValue<string>() is "proposed" or "agreed" or "invited" or "active")["id"]!.GetValue<string>();
    }

    private async Task<string> ProposeOnlyAsync(string mentee, string mentor)
    {
        using var client = await ClientForAsync(mentee);
        using var response = await client.PostAsJsonAsync("/api/relationships", new
        {
            mentorUpn = PaneDriver.Upn(mentor),
            purpose = "Prepare for a move into product management",
            goals = new[] { "Expand my professional network" },
            cadence = new { frequency = "weekly", durationMinutes = 45 },
            startDate = "2027-01-04",
            meetingCount = 8,
            evaluateAfterMeetings = 4,
            timeZone = "Europe/London",
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    /// <summary>Books the best slot; returns the series master's event id in the mentee's calendar.</summary>
    public async Task<string> BookBestSlotAsync(string mentee, string relationshipId)
    {
        using var client = await ClientForAsync(mentee);
        using var response = await client.PostAsJsonAsync($"/api/relationships/{relationshipId}/booking", new { });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["series"]!["eventId"]!.GetValue<string>();
    }

    /// <summary>The mentor accepts the series in Outlook: the attendee's copy of the invitation is accepted.</summary>
    public async Task MentorAcceptsAsync(string mentor, string subjectContains)
    {
        var copy = await EventIdInCalendarAsync(mentor, subjectContains, seriesMaster: true);
        using var client = app.Http();
        using var response = await client.PostAsJsonAsync($"/graph-sim/v1.0/users/{PaneDriver.Upn(mentor)}/events/{copy}/accept", new { sendResponse = true });
        response.EnsureSuccessStatusCode();
        await AnswerRecordedAsync(mentor, _ => true);
    }

    /// <summary>
    /// Until the record shows the mentor's answer: it arrives by change notification (the simulator posts it to
    /// the app, whose worker reads the series), as in a real tenant, not at the moment of the click.
    /// </summary>
    private async Task AnswerRecordedAsync(string mentor, Func<JsonObject, bool> which)
    {
        using var client = await ClientForAsync(mentor);
        await Eventually.Until(async () => (await client.GetFromJsonAsync<JsonArray>("/api/relationships"))!,
            list => list.OfType<JsonObject>().Any(r => which(r) && r["status"]!.GetValue<string>() == "active"), $"{mentor}'s answer to reach the record");
    }

    /// <summary>An event in someone's calendar whose subject contains the text: the series master, or the next occurrence.</summary>
    public async Task<string> EventIdInCalendarAsync(string user, string subjectContains, bool seriesMaster = false)
    {
        using var client = app.Http();
        var now = app.Clock.GetUtcNow();
        var url = seriesMaster
            ? $"/graph-sim/v1.0/users/{PaneDriver.Upn(user)}/events?$select=subject,type"
            : $"/graph-sim/v1.0/users/{PaneDriver.Upn(user)}/calendarView?startDateTime={Uri.EscapeDataString(now.ToString("O"))}&endDateTime={Uri.EscapeDataString(now.AddDays(120).ToString("O"))}&$select=subject";
        var body = await client.GetFromJsonAsync<JsonObject>(url);
        var match = body!["value"]!.AsArray()
            .First(e => e!["subject"]!.GetValue<string>().Contains(subjectContains, StringComparison.OrdinalIgnoreCase)
                && (!seriesMaster || e["type"]?.GetValue<string>() is null or "seriesMaster"));
        return match!["id"]!.GetValue<string>();
    }

    /// <summary>Moves the clock the API and the simulator share.</summary>
    public void MoveClockTo(DateTimeOffset now) => app.Clock.SetUtcNow(now);

    /// <summary>Runs the agenda sweep now (POST /api/admin/agenda-sweep); returns how many agendas went out.</summary>
    public async Task<int> RunAgendaSweepAsync()
    {
        using var client = await ClientForAsync("diego.siciliani");
        using var response = await client.PostAsJsonAsync("/api/admin/agenda-sweep", new { });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["delivered"]!.GetValue<int>();
    }

    /// <summary>
    /// Someone else files notes for the session, as a client that read them first: GET for the current ETag, then PUT
    /// with it in If-Match (so the save is never refused, and a copy read before it in the pane becomes stale).
    /// </summary>
    public async Task FileNotesElsewhereAsync(string user, string relationshipId, string sessionId, string meetingNotes)
    {
        using var client = await ClientForAsync(user);
        var path = $"/api/relationships/{relationshipId}/sessions/{sessionId}/notes";
        using var read = await client.GetAsync(path);
        read.EnsureSuccessStatusCode();
        using var put = new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = JsonContent.Create(new { meetingNotes, mentorAdvice = "", myActionPlan = "", questionsForNextTime = "", actionItems = Array.Empty<object>() }),
        };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        using var response = await client.SendAsync(put);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A session's notes as the API returns them, with the ETag header.</summary>
    public async Task<(JsonObject Notes, string ETag)> NotesAsync(string user, string relationshipId, string sessionId)
    {
        using var client = await ClientForAsync(user);
        using var response = await client.GetAsync($"/api/relationships/{relationshipId}/sessions/{sessionId}/notes");
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!, response.Headers.ETag!.Tag);
    }

    /// <summary>The session behind an event id of the user's calendar (GET /api/sessions/by-event/{eventId}).</summary>
    public async Task<(string RelationshipId, string SessionId, int Number)> SessionByEventAsync(string user, string eventId)
    {
        using var client = await ClientForAsync(user);
        var body = (await client.GetFromJsonAsync<JsonObject>($"/api/sessions/by-event/{Uri.EscapeDataString(eventId)}"))!;
        return (body["relationshipId"]!.GetValue<string>(), body["session"]!["id"]!.GetValue<string>(), body["session"]!["number"]!.GetValue<int>());
    }

    /// <summary>Moves the dev clock as the preview does (POST /dev/clock); tokens signed before it may now be expired.</summary>
    public async Task MoveDevClockAsync(DateTimeOffset now)
    {
        using var client = app.Http();
        using var response = await client.PostAsJsonAsync("/dev/clock", new { now });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The mentor accepts the series through the simulator's own HTTP surface, as Outlook would.</summary>
    public async Task MentorAcceptsSeriesAsync(string mentor, string menteeName)
    {
        using var client = app.Http();
        var events = (await client.GetFromJsonAsync<JsonObject>($"/graph-sim/v1.0/users/{PaneDriver.Upn(mentor)}/events?$select=subject,type"))!;
        var copy = events["value"]!.AsArray().Single(e =>
            e!["subject"]!.GetValue<string>().StartsWith($"Mentoring: {menteeName}", StringComparison.Ordinal)
            && e["type"]?.GetValue<string>() == "seriesMaster")!["id"]!.GetValue<string>();
        using var response = await client.PostAsJsonAsync($"/graph-sim/v1.0/users/{PaneDriver.Upn(mentor)}/events/{Uri.EscapeDataString(copy)}/accept",
            new { comment = "Looking forward to it", sendResponse = true });
        response.EnsureSuccessStatusCode();
        await AnswerRecordedAsync(mentor, r => r["mentee"]!["displayName"]!.GetValue<string>() == menteeName);
    }

    public async Task<JsonObject> RelationshipAsync(string user, string relationshipId)
    {
        using var client = await ClientForAsync(user);
        return (await client.GetFromJsonAsync<JsonObject>($"/api/relationships/{relationshipId}"))!;
    }

    public async Task<JsonArray> SessionsAsync(string user, string relationshipId)
    {
        using var client = await ClientForAsync(user);
        return (await client.GetFromJsonAsync<JsonArray>($"/api/relationships/{relationshipId}/sessions"))!;
    }
}
