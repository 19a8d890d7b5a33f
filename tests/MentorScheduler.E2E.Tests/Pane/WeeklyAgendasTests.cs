using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MentorScheduler.E2E.Tests.Infrastructure;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// Three weekly sessions run end to end against the real app (issue 16): after each, its notes are filed with an
/// action item, the sweep runs, and the next agenda carries what was filed (the open item, the questions for next
/// time) and, from the third on, the item marked done since the previous agenda. Then the mentors' own views: Megan
/// (New York) and Lee (Singapore) see each time in their own zone, named.
/// </summary>
public sealed class WeeklyAgendasTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task EachWeeklyAgendaCarriesWhatTheSessionBeforeFiled()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);
        await Tenant.MentorAcceptsSeriesAsync("megan.bowen", "Adele Vance");
        var sessions = await Tenant.SessionsAsync("adele.vance", id);
        string Session(int n) => sessions[n - 1]!["id"]!.GetValue<string>();
        DateTimeOffset End(int n) => DateTimeOffset.Parse(sessions[n - 1]!["end"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        for (var n = 1; n <= 3; n++)
        {
            Tenant.MoveClockTo(End(n).AddMinutes(30));
            if (n >= 2) await MarkDoneAsync(id, $"Action from session {n - 1}");
            await FileNotesAsync(id, Session(n), $"Action from session {n}", $"Question raised in session {n}?");
            await Tenant.RunAgendaSweepAsync();

            var next = await AgendaAsync("megan.bowen", id, Session(n + 1));
            Assert.Equal("sent", next["status"]!.GetValue<string>());
            var text = next["text"]!.GetValue<string>();
            Assert.Contains($"Action from session {n} (Adele Vance", Section(text, "OPEN ACTION ITEMS"), StringComparison.Ordinal);
            Assert.Contains($"Question raised in session {n}?", Section(text, "QUESTIONS FOR THIS TIME"), StringComparison.Ordinal);
            if (n >= 2) Assert.Contains($"Action from session {n - 1}", Section(text, "PROGRESS SINCE LAST TIME"), StringComparison.Ordinal);
            if (n >= 2) Assert.DoesNotContain($"Action from session {n - 1}", Section(text, "OPEN ACTION ITEMS"), StringComparison.Ordinal);
        }

        var megan = await OpenPaneAsync("megan.bowen");
        await Expect(megan.RelationshipCard("Adele Vance")).ToContainTextAsync("New York time");
        await megan.OpenRelationshipAsync("Adele Vance");
        await Expect(megan.Page.Locator("main")).ToContainTextAsync("Session 4, Mon 25 Jan 2027, 09:00 New York time");
        await Artifacts.CheckViewAsync(megan.Page, "9-mentor-relationship-new-york");
        await megan.GoToSessionsAsync("Adele Vance");
        var agenda = await megan.PreviewAgendaAsync(4);
        Assert.Contains("Action from session 3", agenda, StringComparison.Ordinal);
        await Artifacts.CheckViewAsync(megan.Page, "9-mentor-sessions-new-york");
    }

    [Fact]
    public async Task ASingaporeMentorSeesEveryTimeInSingaporeTime()
    {
        var id = await Tenant.ProposeAsync("nestor.wilke", "lee.gu");
        await Tenant.BookBestSlotAsync("nestor.wilke", id);

        var lee = await OpenPaneAsync("lee.gu");
        await Expect(lee.RelationshipCard("Nestor Wilke")).ToContainTextAsync("Singapore time");
        await Artifacts.CheckViewAsync(lee.Page, "9-mentor-home-singapore");
        await lee.OpenRelationshipAsync("Nestor Wilke");
        await Expect(lee.Page.Locator("li[data-session]").First).ToContainTextAsync("Singapore time");
        await Artifacts.CheckViewAsync(lee.Page, "9-mentor-relationship-singapore");

        var nestor = await OpenPaneAsync("nestor.wilke");
        await nestor.OpenRelationshipAsync("Lee Gu");
        await Expect(nestor.Page.Locator("li[data-session]").First).Not.ToContainTextAsync(" time");
    }

    private async Task FileNotesAsync(string id, string sessionId, string action, string question)
    {
        using var adele = await Tenant.ClientForAsync("adele.vance");
        var path = $"/api/relationships/{id}/sessions/{sessionId}/notes";
        using var read = await adele.GetAsync(path);
        read.EnsureSuccessStatusCode();
        using var put = new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = JsonContent.Create(new
            {
                meetingNotes = "Notes.",
                mentorAdvice = "",
                myActionPlan = "",
                questionsForNextTime = question,
                actionItems = new[] { new { text = action, owner = "mentee", dueDate = (string?)null } },
            }),
        };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        using var saved = await adele.SendAsync(put);
        saved.EnsureSuccessStatusCode();
    }

    private async Task MarkDoneAsync(string id, string text)
    {
        using var adele = await Tenant.ClientForAsync("adele.vance");
        var open = (await adele.GetFromJsonAsync<JsonArray>($"/api/relationships/{id}/action-items?status=open"))!;
        var item = open.Single(a => a!["text"]!.GetValue<string>() == text)!["id"]!.GetValue<string>();
        using var done = await adele.PatchAsJsonAsync($"/api/relationships/{id}/action-items/{item}", new { status = "done" });
        done.EnsureSuccessStatusCode();
    }

    private async Task<JsonObject> AgendaAsync(string user, string id, string sessionId)
    {
        using var client = await Tenant.ClientForAsync(user);
        return (await client.GetFromJsonAsync<JsonObject>($"/api/relationships/{id}/sessions/{sessionId}/agenda"))!;
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0) return string.Empty;
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
