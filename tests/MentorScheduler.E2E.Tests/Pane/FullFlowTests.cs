using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// Issue 7's whole flow as Adele (mentee) and Megan (mentor), in a real Chromium against the real app: create, pick
/// a slot, book, Megan accepts in Outlook, items are added, the clock moves and the sweep runs, the agenda shows,
/// the meeting is opened from the preview's meeting picker (as organiser and as attendee), notes are filed with an
/// action item, the item is carried into the next agenda, and a stale notes edit is merged without losing a word.
/// </summary>
public sealed class FullFlowTests(BrowserFixture browser) : PaneTestBase(browser)
{
    private const string Subject = "Mentoring: Adele Vance and Megan Bowen";

    [Fact]
    public async Task TheWholeFlowAsAdeleAndMegan()
    {
        // Create, pick a slot, book.
        var pane = await OpenPaneAsync("adele.vance");
        await pane.GoToAsync("New relationship");
        await pane.FillAgreementAsync("Meg", "Megan Bowen");
        await pane.SubmitProposalAsync();
        await Expect(pane.Heading).ToHaveTextAsync("Relationship with Megan Bowen");
        await Tenant.MentorAgreesAsync("megan.bowen", await Tenant.RelationshipIdAsync("adele.vance", "Megan Bowen"));
        await pane.ChooseTimeWithAsync("Megan Bowen");
        await pane.BookChosenSlotAsync();

        // Megan accepts the series in her calendar (the simulator, as Outlook would); the pane shows it active.
        await Tenant.MentorAcceptsSeriesAsync("megan.bowen", "Adele Vance");
        await pane.GoToAsync("My mentoring");
        await Expect(pane.RelationshipCard("Megan Bowen")).ToContainTextAsync("Active");
        await Artifacts.CheckViewAsync(pane.Page, "flow-1-my-mentoring-active");

        // Items for the first two sessions.
        await pane.OpenRelationshipAsync("Megan Bowen");
        await Expect(pane.Page.Locator("main")).ToContainTextAsync("Active");
        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "Upcoming sessions" }).ClickAsync();
        await pane.ViewReadyAsync();
        await pane.AddItemAsync(1, "Feedback on my 30-60-90 plan");
        await pane.AddItemAsync(1, "How did you move into marketing?", "Question");
        await pane.AddItemAsync(2, "Review my stakeholder map");
        await Expect(pane.SessionCard(1)).ToContainTextAsync("Question: How did you move into marketing?");
        await Artifacts.CheckViewAsync(pane.Page, "flow-2-upcoming-with-items");

        // A day later (the pane stays open: its token, an hour of the dev clock, has expired) the sweep runs.
        await Tenant.MoveDevClockAsync(new DateTimeOffset(2027, 1, 2, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await Tenant.RunAgendaSweepAsync());
        var agenda = await pane.PreviewAgendaAsync(1);
        Assert.Contains("Feedback on my 30-60-90 plan", agenda, StringComparison.Ordinal);
        Assert.Contains("How did you move into marketing?", agenda, StringComparison.Ordinal);
        Assert.Contains("Prepare for a move into product management", agenda, StringComparison.Ordinal);
        await Expect(pane.SessionCard(1).Locator("h4")).ToHaveTextAsync("Agenda (sent)");
        await Artifacts.CheckViewAsync(pane.Page, "flow-3-agenda-sent");

        // During the first session Adele opens the meeting from the preview's meeting picker.
        var preview = await OpenPreviewAsync();
        await preview.GetByLabel("Move the clock to (UTC)").FillAsync("2027-01-04T14:30");
        await preview.GetByRole(AriaRole.Button, new() { Name = "Set clock" }).ClickAsync();
        await Expect(preview.Locator("#clock-now")).ToHaveTextAsync("2027-01-04 14:30 UTC");
        // The clock panel shows the background work: the sweep that sent the agenda, and Megan's acceptance followed by notification.
        await Expect(preview.Locator("#bg-sweep")).ToContainTextAsync("2027-01-02 09:00 UTC: 1 agendas and");
        await Expect(preview.Locator("#bg-lag")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d s, the last one at 2027-01-0\d \d\d:\d\d UTC$"));
        await Artifacts.CheckViewAsync(preview, "flow-4-preview-background-work");
        var meeting = await PickMeetingAsync(preview, "2027-01-04 14:00");
        var frame = preview.FrameLocator("#pane");
        await Expect(frame.Locator("main[aria-busy='false'] h2")).ToHaveTextAsync("This meeting");
        await Expect(frame.Locator("main")).ToContainTextAsync("Adele Vance with Megan Bowen: session 1 of 8, Mon 4 Jan 2027, 14:00");
        await Expect(frame.Locator("pre.agenda-text")).ToContainTextAsync("Feedback on my 30-60-90 plan");
        await Expect(frame.Locator("main")).ToContainTextAsync("No notes filed yet.");
        await Artifacts.CheckViewAsync(preview, "flow-4-preview-this-meeting-as-adele");

        // She files notes with an action item (the pane on the same meeting, at Outlook's size).
        var meetingPane = await OpenPaneAsync("adele.vance", meeting);
        await Expect(meetingPane.Heading).ToHaveTextAsync("This meeting");
        await meetingPane.WriteNotesAsync("We mapped my **strengths** and the gaps.", "Talk to two PMs a month.",
            "Shadow a product review.", "How do PMs choose what to drop?");
        await meetingPane.AddActionItemAsync("Draft a 30-60-90 plan", "Adele", "2027-01-18");
        await Artifacts.CheckViewAsync(meetingPane.Page, "flow-5-notes-form");
        await meetingPane.FileNotesAsync();
        await Expect(meetingPane.Status).ToContainTextAsync("Notes filed.");
        await Expect(meetingPane.Page.Locator("main")).ToContainTextAsync("Version 1, filed by Adele Vance");
        // Filing again with a change updates the same item rather than adding it twice.
        await meetingPane.Page.GetByLabel("Megan Bowen's advice").FillAsync("Talk to two PMs a month, and one designer.");
        await meetingPane.FileNotesAsync();
        await Expect(meetingPane.Page.Locator("main")).ToContainTextAsync("Version 2, filed by Adele Vance");
        await Expect(meetingPane.Page.Locator("li.action-item")).ToHaveCountAsync(1);
        await Expect(meetingPane.Page.Locator("li.action-item input[type=text]")).ToHaveValueAsync("Draft a 30-60-90 plan");
        await Artifacts.CheckViewAsync(meetingPane.Page, "flow-6-notes-filed");

        // The next day the sweep sends session 2's agenda, which carries the open action item.
        await Tenant.MoveDevClockAsync(new DateTimeOffset(2027, 1, 5, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await Tenant.RunAgendaSweepAsync());
        await pane.GoToAsync("My mentoring");
        await pane.OpenRelationshipAsync("Megan Bowen");
        await Expect(pane.Page.Locator("section:has(h3:text-is('Open action items'))")).ToContainTextAsync("Draft a 30-60-90 plan (Adele Vance, due 18 Jan 2027)");
        await Expect(pane.Page.Locator("ol.timeline")).ToContainTextAsync("agenda sent, notes filed (version 2), 1 action item");
        await Artifacts.CheckViewAsync(pane.Page, "flow-7-relationship-record");
        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "Upcoming sessions" }).ClickAsync();
        await pane.ViewReadyAsync();
        var next = await pane.PreviewAgendaAsync(2);
        Assert.Contains("Draft a 30-60-90 plan", next, StringComparison.Ordinal);
        Assert.Contains("Review my stakeholder map", next, StringComparison.Ordinal);
        await Expect(pane.SessionCard(2).Locator("h4")).ToHaveTextAsync("Agenda (sent)");
        await Artifacts.CheckViewAsync(pane.Page, "flow-8-next-agenda-carries-action-item");
    }

    [Fact]
    public async Task MeganOpensHerOwnCopyOfTheMeetingFromThePreview()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);
        await Tenant.MentorAcceptsSeriesAsync("megan.bowen", "Adele Vance");
        Tenant.MoveClockTo(new DateTimeOffset(2027, 1, 4, 14, 30, 0, TimeSpan.Zero));

        var preview = await OpenPreviewAsync();
        await preview.GetByLabel("Signed-in user").SelectOptionAsync("megan.bowen@contoso.example");
        var frame = preview.FrameLocator("#pane");
        await Expect(frame.Locator("header .who")).ToHaveTextAsync("Megan Bowen");
        var meeting = await PickMeetingAsync(preview, "2027-01-04 14:00");

        // Megan's copy has its own id; by-event resolves it to the same session as Adele's.
        var adeles = await Tenant.EventIdInCalendarAsync("adele.vance", Subject);
        Assert.NotEqual(adeles, meeting);
        var (relationshipId, sessionId, number) = await Tenant.SessionByEventAsync("megan.bowen", meeting);
        Assert.Equal(id, relationshipId);
        Assert.Equal(1, number);
        Assert.Equal(sessionId, (await Tenant.SessionByEventAsync("adele.vance", adeles)).SessionId);

        await Expect(frame.Locator("main[aria-busy='false'] h2")).ToHaveTextAsync("This meeting");
        await Expect(frame.Locator("main")).ToContainTextAsync("Adele Vance with Megan Bowen: session 1 of 8");
        await Expect(frame.Locator("pre.agenda-text")).ToContainTextAsync("Prepare for a move into product management");
        await Expect(frame.GetByLabel("Your advice")).ToBeEditableAsync(); // Megan reads the binder as its mentor
        await Artifacts.CheckViewAsync(preview, "flow-9-preview-this-meeting-as-megan");
    }

    [Fact]
    public async Task AStaleNotesEditIsExplainedAndMergedWithoutLosingAWord()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);
        await Tenant.MentorAcceptsSeriesAsync("megan.bowen", "Adele Vance");
        Tenant.MoveClockTo(new DateTimeOffset(2027, 1, 4, 14, 30, 0, TimeSpan.Zero));
        var meeting = await Tenant.EventIdInCalendarAsync("adele.vance", Subject);
        var (_, sessionId, _) = await Tenant.SessionByEventAsync("adele.vance", meeting);
        await Tenant.FileNotesElsewhereAsync("megan.bowen", id, sessionId, "Megan's first notes.");

        var pane = await OpenPaneAsync("adele.vance", meeting);
        await Expect(pane.Page.GetByLabel("Meeting notes")).ToHaveValueAsync("Megan's first notes.");
        await pane.Page.GetByLabel("Meeting notes").FillAsync("Adele's notes: we covered my plan.");
        await pane.Page.GetByLabel("My action plan").FillAsync("Book two coffee chats.");
        await pane.AddActionItemAsync("Send Megan my draft plan", "Adele", "2027-01-08");

        // Megan saves a newer version meanwhile, with the ETag she read.
        await Tenant.FileNotesElsewhereAsync("megan.bowen", id, sessionId, "Megan's second thoughts: focus on roadmap skills.");
        await pane.FileNotesAsync();

        var summary = pane.Page.Locator(".error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToContainTextAsync("Someone saved a newer version while you were editing. Your text is kept");
        await Expect(pane.Status).ToContainTextAsync("Someone saved a newer version");
        await Expect(pane.Page.GetByLabel("Meeting notes")).ToHaveValueAsync("Adele's notes: we covered my plan.");
        await Expect(pane.Page.GetByLabel("My action plan")).ToHaveValueAsync("Book two coffee chats.");
        await Expect(pane.Page.Locator("li.action-item input[type=text]")).ToHaveValueAsync("Send Megan my draft plan");
        await Expect(pane.NewerVersion).ToHaveCountAsync(1);
        await Expect(pane.NewerVersion).ToHaveTextAsync("Megan's second thoughts: focus on roadmap skills.");
        await Expect(pane.Page.Locator("main")).ToContainTextAsync("Version 2, filed by Megan Bowen");
        await Artifacts.CheckViewAsync(pane.Page, "flow-10-stale-notes-merge");

        await pane.Page.GetByRole(AriaRole.Button, new() { Name = "Add theirs below mine" }).ClickAsync();
        await pane.FileNotesAsync();
        await Expect(pane.Status).ToContainTextAsync("Notes filed.");
        await Expect(pane.Page.Locator(".error-summary")).ToBeHiddenAsync();
        await Expect(pane.Page.Locator("main")).ToContainTextAsync("Version 3, filed by Adele Vance");
        await Artifacts.CheckViewAsync(pane.Page, "flow-11-stale-notes-filed");

        var (notes, _) = await Tenant.NotesAsync("megan.bowen", id, sessionId);
        Assert.Equal(3, notes["version"]!.GetValue<int>());
        Assert.Equal("Adele's notes: we covered my plan.\n\nMegan's second thoughts: focus on roadmap skills.", notes["meetingNotes"]!.GetValue<string>());
        Assert.Equal("Book two coffee chats.", notes["myActionPlan"]!.GetValue<string>());
        var item = Assert.Single(notes["actionItems"]!.AsArray());
        Assert.Equal("Send Megan my draft plan", item!["text"]!.GetValue<string>());
    }

    /// <summary>Chooses the mentoring meeting starting at the given UTC time in the preview's picker; returns its event id.</summary>
    private static async Task<string> PickMeetingAsync(IPage preview, string startUtc)
    {
        var picker = preview.GetByLabel("Pane opened on");
        var option = picker.Locator("option").Filter(new() { HasText = $"{startUtc} UTC · {Subject}" });
        await Expect(option).ToHaveCountAsync(1);
        var value = (await option.GetAttributeAsync("value"))!;
        await picker.SelectOptionAsync(value);
        return value;
    }
}
