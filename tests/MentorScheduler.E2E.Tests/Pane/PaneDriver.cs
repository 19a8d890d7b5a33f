using System.Text.RegularExpressions;
using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// Drives the task pane as a person does: by visible labels, roles and button names, at Outlook's pane size.
/// Steps for features still being built elsewhere (agendas, notes) are here too, ready for their tests.
/// </summary>
public sealed partial class PaneDriver(IPage page, E2EApp app)
{
    public IPage Page => page;

    public ILocator Heading => page.Locator("main h2").First;

    public ILocator Status => page.GetByRole(AriaRole.Status);

    /// <summary>Opens the pane as the simulated host does, signed in as a demo user, optionally on a calendar item.</summary>
    public async Task OpenAsync(string user, string? itemId = null)
    {
        var url = $"/addin/index.html?host=simulated&user={Uri.EscapeDataString(Upn(user))}";
        if (itemId is not null) url += $"&item={Uri.EscapeDataString(itemId)}";
        await page.GotoAsync(app.Url(url));
        await ViewReadyAsync();
    }

    /// <summary>Waits until the current view has rendered (main is no longer busy).</summary>
    public async Task ViewReadyAsync()
    {
        await page.Locator("main[aria-busy='false'] h2").First.WaitForAsync();
    }

    public async Task GoToAsync(string navLabel)
    {
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Button, new() { Name = navLabel, Exact = true }).ClickAsync();
        await ViewReadyAsync();
    }

    // View 2: New relationship.

    public async Task ChooseMentorAsync(string search, string displayName)
    {
        await page.GetByLabel("Mentor", new() { Exact = true }).FillAsync(search);
        await page.GetByRole(AriaRole.Radio, new() { Name = displayName }).CheckAsync();
    }

    /// <summary>Fills the agreement form; each argument is what a person would type or pick.</summary>
    public async Task FillAgreementAsync(string mentorSearch, string mentorName, string purpose = "Prepare for a move into product management",
        string durationMinutes = "45", string meetings = "8", string evaluateAfter = "4")
    {
        await ChooseMentorAsync(mentorSearch, mentorName);
        await page.GetByLabel("Purpose: why this mentor?").FillAsync(purpose);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Expand my professional network" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Understand organisational politics" }).CheckAsync();
        await page.GetByLabel("How often").SelectOptionAsync("weekly");
        await page.GetByLabel("Meeting length (minutes)").FillAsync(durationMinutes);
        await page.GetByLabel("Number of meetings").FillAsync(meetings);
        await page.GetByLabel("Evaluate after meeting").FillAsync(evaluateAfter);
    }

    public async Task SubmitProposalAsync() =>
        await page.GetByRole(AriaRole.Button, new() { Name = "Propose", Exact = true }).ClickAsync();

    /// <summary>The refusal shown under the field with this label (or fieldset legend).</summary>
    public ILocator FieldError(string label) =>
        page.Locator($".field:has(> label:text-is(\"{label}\")) > .error, fieldset.field:has(> legend:text-is(\"{label}\")) > .error").First;

    // View 3: Choose a time.

    public ILocator Slots => page.Locator("label.slot");

    public async Task BookChosenSlotAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Book this series" }).ClickAsync();
        await Assertions.Expect(Heading).ToHaveTextAsync("Booked");
    }

    // View 1: My mentoring.

    /// <summary>From My mentoring, the mentee opens the slots of a relationship the mentor has agreed to.</summary>
    public async Task ChooseTimeWithAsync(string mentor)
    {
        await GoToAsync("My mentoring");
        await RelationshipCard(mentor).GetByRole(AriaRole.Button, new() { Name = $"Choose a time with {mentor}" }).ClickAsync();
        await ViewReadyAsync();
        await Assertions.Expect(Heading).ToHaveTextAsync("Choose a time");
    }

    public ILocator RelationshipCard(string otherPerson) =>
        page.Locator("li.card").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = otherPerson }) });

    // View 4: Upcoming sessions (agendas, issue 5).

    public ILocator SessionCard(int number) =>
        page.Locator("li.session").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = $"Session {number} of", Exact = false }) });

    public async Task AddItemAsync(int session, string text, string kind = "Discussion item")
    {
        var card = SessionCard(session);
        await card.GetByRole(AriaRole.Textbox, new() { Name = $"Add to session {session}" }).FillAsync(text);
        await card.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await card.GetByRole(AriaRole.Button, new() { Name = $"Add to session {session}" }).ClickAsync();
        await Assertions.Expect(Status).ToContainTextAsync($"Added to session {session}");
    }

    public async Task<string> PreviewAgendaAsync(int session)
    {
        var card = SessionCard(session);
        await card.GetByRole(AriaRole.Button, new() { Name = $"Preview agenda of session {session}" }).ClickAsync();
        var agenda = card.Locator("pre.agenda-text");
        await agenda.WaitForAsync();
        return await agenda.InnerTextAsync();
    }

    // View 5: This meeting (notes, issue 6).

    public async Task WriteNotesAsync(string meetingNotes, string advice, string plan, string questions)
    {
        await page.GetByLabel("Meeting notes").FillAsync(meetingNotes);
        await page.GetByLabel(new Regex("('s|Your) advice$")).FillAsync(advice);
        await page.GetByLabel("My action plan").FillAsync(plan);
        await page.GetByLabel("Questions for next time").FillAsync(questions);
    }

    public async Task AddActionItemAsync(string text, string ownerLabelStart, string dueDate)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        var row = page.Locator("li.action-item").Last;
        await row.Locator("input[type=text]").FillAsync(text);
        var owner = row.Locator("select");
        var label = await owner.Locator("option").Filter(new() { HasTextRegex = new Regex("^" + Regex.Escape(ownerLabelStart)) }).First.InnerTextAsync();
        await owner.SelectOptionAsync(new SelectOptionValue { Label = label });
        await row.Locator("input[type=date]").FillAsync(dueDate);
    }

    public async Task FileNotesAsync() =>
        await page.GetByRole(AriaRole.Button, new() { Name = "File notes" }).ClickAsync();

    /// <summary>After a stale save: the newer version shown beside the sections, the typed text still there.</summary>
    public ILocator NewerVersion => page.Locator(".newer:not([hidden]) pre");

    // View 6: Relationship.

    public async Task OpenRelationshipAsync(string otherPerson)
    {
        await RelationshipCard(otherPerson).GetByRole(AriaRole.Button, new() { Name = $"Open the relationship with {otherPerson}" }).ClickAsync();
        await ViewReadyAsync();
    }

    /// <summary>From the relationship view, its upcoming sessions.</summary>
    public async Task GoToSessionsAsync(string otherPerson)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Upcoming sessions", Exact = true }).ClickAsync();
        await ViewReadyAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(otherPerson);
    }

    public async Task MarkActionItemDoneAsync(string text) =>
        await page.GetByRole(AriaRole.Button, new() { Name = $"Mark done: {text}" }).ClickAsync();

    public static string Upn(string user) => DemoUsers.Upn(user);
}
