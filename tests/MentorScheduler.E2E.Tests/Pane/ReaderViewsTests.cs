using System.Net.Http.Json;
using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// Issue 16, points 4 and 5 as their readers see them: a program admin's wording, times and missing buttons, and a
/// slot card that tells a tentative clash apart from a busy one.
/// </summary>
public sealed class ReaderViewsTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task AProgramAdminReadsBothNamesTimesWithTheirZoneAndNoButtonsTheyCannotUse()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);
        await Tenant.MentorAcceptsSeriesAsync("megan.bowen", "Adele Vance");
        var sessions = await Tenant.SessionsAsync("adele.vance", id);
        var first = sessions[0]!["id"]!.GetValue<string>();
        Tenant.MoveClockTo(DateTimeOffset.Parse(sessions[0]!["end"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddMinutes(30));
        await FileActionItemAsync(id, first, "Draft a product brief");

        var diego = await OpenPaneAsync("diego.siciliani");
        var card = diego.Page.Locator("section:has(h3:text-is('Across the organisation')) li.card");
        await Expect(card.Locator("h4")).ToHaveTextAsync("Adele Vance and Megan Bowen");
        await Expect(card).ToContainTextAsync("Next session: Mon 11 Jan 2027, 14:00 London time");
        await Artifacts.CheckViewAsync(diego.Page, "10-admin-home");

        await diego.OpenRelationshipAsync("Adele Vance and Megan Bowen");
        await Expect(diego.Heading).ToHaveTextAsync("Adele Vance and Megan Bowen");
        await Expect(diego.Page.Locator("main")).ToContainTextAsync("Draft a product brief");
        await Expect(diego.Page.Locator("li[data-session]").First).ToContainTextAsync("London time");
        await Expect(diego.Page.GetByRole(AriaRole.Button, new() { Name = "Mark done: Draft a product brief" })).ToHaveCountAsync(0);
        await Artifacts.CheckViewAsync(diego.Page, "10-admin-relationship");

        await diego.GoToSessionsAsync("Adele Vance");
        await Expect(diego.SessionCard(2)).ToContainTextAsync("London time");
        await Expect(diego.Page.GetByRole(AriaRole.Textbox, new() { Name = "Add to session 2" })).ToHaveCountAsync(0);
        await Artifacts.CheckViewAsync(diego.Page, "10-admin-sessions");

        // The mentee, on the same record, has both.
        var adele = await OpenPaneAsync("adele.vance");
        await adele.OpenRelationshipAsync("Megan Bowen");
        await Expect(adele.Page.GetByRole(AriaRole.Button, new() { Name = "Mark done: Draft a product brief" })).ToBeVisibleAsync();
        await adele.GoToSessionsAsync("Megan Bowen");
        await Expect(adele.Page.GetByRole(AriaRole.Textbox, new() { Name = "Add to session 2" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ASlotCardNamesTheMentorsTentativeMeetingsApartFromBusyOnes()
    {
        await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        using (var sim = App.Anonymous())
        {
            // Megan holds the whole of January to March as tentative (a secondment she may not take).
            using var created = await sim.PostAsJsonAsync("/graph-sim/v1.0/users/megan.bowen@contoso.example/events", new
            {
                subject = "Secondment (maybe)",
                start = new { dateTime = "2027-01-01T00:00:00", timeZone = "UTC" },
                end = new { dateTime = "2027-03-31T00:00:00", timeZone = "UTC" },
                showAs = "tentative",
            });
            created.EnsureSuccessStatusCode();
        }

        var pane = await OpenPaneAsync("adele.vance");
        await pane.ChooseTimeWithAsync("Megan Bowen");
        var best = pane.Slots.First;
        await Expect(best).ToContainTextAsync("Mon 4 Jan 2027, 14:00–14:45");
        await Expect(best).ToContainTextAsync("8 of 8 meetings clash");
        await Expect(best.Locator("ul.clashes li")).ToHaveTextAsync(["All 8 meetings: Megan is tentatively booked"]);
        await Expect(best.Locator("ul.clashes li", new() { HasText = "busy" })).ToHaveCountAsync(0);
        await Expect(best.Locator("ul.clashes li", new() { HasText = "working hours" })).ToHaveCountAsync(0);
        await Artifacts.CheckViewAsync(pane.Page, "3-choose-a-time-tentative");
    }

    private async Task FileActionItemAsync(string id, string sessionId, string action)
    {
        using var adele = await Tenant.ClientForAsync("adele.vance");
        var path = $"/api/relationships/{id}/sessions/{sessionId}/notes";
        using var read = await adele.GetAsync(path);
        read.EnsureSuccessStatusCode();
        using var put = new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = JsonContent.Create(new
            {
                meetingNotes = "Talked about the move.",
                mentorAdvice = "",
                myActionPlan = "",
                questionsForNextTime = "",
                actionItems = new[] { new { text = action, owner = "mentee", dueDate = (string?)null } },
            }),
        };
        put.Headers.IfMatch.Add(read.Headers.ETag!);
        using var saved = await adele.SendAsync(put);
        saved.EnsureSuccessStatusCode();
    }
}
