using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// The mentee's path through the pane, in a real Chromium against the real app. The flow continues as the
/// agendas and notes endpoints land: Megan accepts (<see cref="TenantActions.MentorAcceptsAsync"/>), items are
/// added (<see cref="PaneDriver.AddItemAsync"/>), the clock moves and the sweep runs
/// (<see cref="TenantActions.RunAgendaSweepAsync"/>), the agenda shows (<see cref="PaneDriver.PreviewAgendaAsync"/>),
/// the meeting is opened (<see cref="PaneDriver.OpenAsync"/> with the occurrence from
/// <see cref="TenantActions.EventIdInCalendarAsync"/>), notes are filed with an action item
/// (<see cref="PaneDriver.WriteNotesAsync"/>, <see cref="PaneDriver.AddActionItemAsync"/>) and a stale edit is
/// merged (<see cref="TenantActions.FileNotesElsewhereAsync"/>, <see cref="PaneDriver.NewerVersion"/>).
/// </summary>
public sealed class MenteeJourneyTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task AdeleProposesMeganSeesTheSlotsInBothZonesAndBooksTheSeries()
    {
        var pane = await OpenPaneAsync("adele.vance");
        await Expect(pane.Heading).ToHaveTextAsync("My mentoring");
        await Expect(pane.Page.GetByText("You have no mentoring relationships yet")).ToBeVisibleAsync();
        await Artifacts.CheckViewAsync(pane.Page, "1-my-mentoring-empty");

        await pane.GoToAsync("New relationship");
        await Expect(pane.Heading).ToBeFocusedAsync();
        await pane.FillAgreementAsync("Meg", "Megan Bowen");
        await Artifacts.CheckViewAsync(pane.Page, "2-new-relationship");
        await pane.SubmitProposalAsync();

        // Ask first: Adele waits for Megan's answer; nothing is booked yet.
        await Expect(pane.Heading).ToHaveTextAsync("Relationship with Megan Bowen");
        await Expect(pane.Page.Locator("main")).ToContainTextAsync("Asked: waiting for Megan Bowen's answer");
        await Expect(pane.Status).ToContainTextAsync("MentorScheduler mailed them your proposal");
        await Expect(pane.Page.GetByRole(AriaRole.Button, new() { Name = "Choose a time" })).ToHaveCountAsync(0);
        await Artifacts.CheckViewAsync(pane.Page, "2-asked");

        // Megan answers in her pane, with a comment whose markup stays words.
        var megan = await OpenPaneAsync("megan.bowen");
        var request = megan.Page.Locator("section:has(h3:text-is('Requests to answer')) li.card");
        await Expect(request).ToContainTextAsync("Adele Vance asks you to be their mentor");
        await Expect(request).ToContainTextAsync("Prepare for a move into product management");
        await request.GetByLabel("Comment (optional)").FillAsync("Happy to. Bring your <b>plan</b>.");
        await Artifacts.CheckViewAsync(megan.Page, "2-mentor-answers");
        await request.GetByRole(AriaRole.Button, new() { Name = "Accept Adele Vance's proposal" }).ClickAsync();
        await Expect(megan.Status).ToContainTextAsync("You accepted. Adele Vance is told");
        var asMentor = megan.Page.Locator("section:has(h3:text-is('As mentor')) li.card");
        await Expect(asMentor).ToContainTextAsync("You said yes: waiting for Adele Vance to book");

        // Adele sees the yes and Megan's words, and chooses a time.
        await pane.GoToAsync("My mentoring");
        await Expect(pane.RelationshipCard("Megan Bowen")).ToContainTextAsync("Megan Bowen said yes: choose a time");
        await pane.OpenRelationshipAsync("Megan Bowen");
        await Expect(pane.Page.Locator("dd.comment")).ToHaveTextAsync("Happy to. Bring your <b>plan</b>.");
        await pane.ChooseTimeWithAsync("Megan Bowen");
        var best = pane.Slots.First;
        await Expect(best).ToContainTextAsync("Mon 4 Jan 2027, 14:00–14:45");
        await Expect(best).ToContainTextAsync("your time (Europe/London)");
        await Expect(best).ToContainTextAsync("Megan Bowen: Mon 4 Jan 2027, 09:00–09:45 (America/New_York)");
        await Expect(best).ToContainTextAsync("No conflicts");
        await Expect(best.GetByRole(AriaRole.Radio)).ToBeCheckedAsync();
        await Artifacts.CheckViewAsync(pane.Page, "3-choose-a-time");

        await pane.BookChosenSlotAsync();
        await Expect(pane.Page.Locator("main")).ToContainTextAsync("Status: Invited: waiting for Megan Bowen to accept the series.");
        await Expect(pane.Status).ToContainTextAsync("Megan Bowen has been invited");
        await Artifacts.CheckViewAsync(pane.Page, "3-booked");

        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "Upcoming sessions" }).ClickAsync();
        await pane.ViewReadyAsync();
        await Expect(pane.Heading).ToHaveTextAsync("Upcoming sessions");
        await Expect(pane.SessionCard(1)).ToContainTextAsync("Mon 4 Jan 2027, 14:00");
        await Expect(pane.SessionCard(4)).ToContainTextAsync("Evaluation point");
        await Artifacts.CheckViewAsync(pane.Page, "4-upcoming-sessions");

        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "Relationship", Exact = true }).ClickAsync();
        await pane.ViewReadyAsync();
        await Expect(pane.Heading).ToHaveTextAsync("Relationship with Megan Bowen");
        await Expect(pane.Page.Locator("section:has(h3:text-is('Sessions')) li")).ToHaveCountAsync(8);
        await Artifacts.CheckViewAsync(pane.Page, "6-relationship");

        await pane.GoToAsync("My mentoring");
        var card = pane.RelationshipCard("Megan Bowen");
        await Expect(card).ToContainTextAsync("Invited: waiting for Megan Bowen to accept the series");
        await Expect(card).ToContainTextAsync("Weekly, 45 min · 8 meetings, evaluate after 4");
        await Expect(card).ToContainTextAsync("Next session: Mon 4 Jan 2027, 14:00 (1 of 8)");
        await Artifacts.CheckViewAsync(pane.Page, "1-my-mentoring");
    }

    [Fact]
    public async Task AdeleCancelsOneSessionFromTheRelationshipView()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);
        var pane = await OpenPaneAsync("adele.vance");
        await pane.OpenRelationshipAsync("Megan Bowen");

        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel session 2" }).ClickAsync();
        var confirm = pane.Page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel it" });
        await Expect(confirm).ToBeFocusedAsync();
        await confirm.ClickAsync();

        await Expect(pane.Status).ToContainTextAsync("Session 2 is cancelled in both calendars.");
        await Expect(pane.Page.Locator("li[data-session]").Nth(1)).ToContainTextAsync("(cancelled)");
        var sessions = await Tenant.SessionsAsync("adele.vance", id);
        Assert.Equal("cancelled", sessions[1]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task AdeleEndsTheRelationshipWithAThankYouNoteAndItMovesToPast()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);
        var pane = await OpenPaneAsync("adele.vance");
        await pane.OpenRelationshipAsync("Megan Bowen");

        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "End the relationship…" }).ClickAsync();
        await Expect(pane.Page.GetByLabel("Your closing reflection")).ToBeFocusedAsync();
        await pane.Page.GetByLabel("Your closing reflection").FillAsync("I know what I want next.");
        await pane.Page.GetByLabel("Thank-you note to Megan Bowen (optional)").FillAsync("Thank you, Megan. <i>Really</i>.");
        await pane.Page.GetByRole(AriaRole.Radio, new() { Name = "Every 6 months" }).CheckAsync();
        await Artifacts.CheckViewAsync(pane.Page, "7-ending");
        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "End the relationship", Exact = true }).ClickAsync();

        await Expect(pane.Status).ToContainTextAsync("Ended. Your note goes to Megan Bowen.");
        await Expect(pane.Page.Locator("main")).ToContainTextAsync("Ended");
        await Expect(pane.Page.GetByRole(AriaRole.Button, new() { Name = "End the relationship…" })).ToHaveCountAsync(0);
        await pane.GoToAsync("My mentoring");
        var past = pane.Page.Locator("section:has(h3:text-is('Past')) li.card");
        await Expect(past).ToContainTextAsync("Megan Bowen");
        await Expect(past).ToContainTextAsync("Ended");
        await Artifacts.CheckViewAsync(pane.Page, "7-past");
        var relationship = await Tenant.RelationshipAsync("adele.vance", id);
        Assert.Equal("ended", relationship["status"]!.GetValue<string>());
        Assert.Equal("twiceAYear", relationship["stayInTouch"]!.GetValue<string>());
    }
}
