using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// The evaluation point in the pane, in a real Chromium against the real app: once the agreed meeting has been held
/// both see the prompt, each records an evaluation (the other's words shown as words), and either records the
/// decision: Megan continues with more meetings in the same series; Adele ends it as the decision.
/// </summary>
public sealed class EvaluationJourneyTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task BothEvaluateAfterMeetingFourAndMeganContinuesWithFourMore()
    {
        var id = await BookedAndAfterMeetingFourAsync();

        var adele = await OpenPaneAsync("adele.vance");
        await Expect(adele.RelationshipCard("Megan Bowen")).ToContainTextAsync("Evaluation due: open to evaluate");
        await adele.OpenRelationshipAsync("Megan Bowen");
        await Expect(adele.Page.GetByRole(AriaRole.Heading, new() { Name = "Evaluation after meeting 4" })).ToBeVisibleAsync();
        await EvaluateAsync(adele, 4, "I speak up in <b>reviews</b> now.", "Continue");
        await Expect(adele.Page.GetByRole(AriaRole.Heading, new() { Name = "My evaluation (saved; change it until the decision)" })).ToBeVisibleAsync();
        await Artifacts.CheckViewAsync(adele.Page, "8-evaluation-mentee");

        var megan = await OpenPaneAsync("megan.bowen");
        await megan.OpenRelationshipAsync("Adele Vance");
        var theirs = megan.Page.Locator(".their-evaluation");
        await Expect(theirs).ToContainTextAsync("I speak up in <b>reviews</b> now."); // markup stays words
        await Expect(theirs).ToContainTextAsync("Expand my professional network: 4: good progress");
        await EvaluateAsync(megan, 5, "Adele is ready for more stretch.", "Continue");
        await megan.Page.GetByRole(AriaRole.Radio, new() { Name = "Continue with more meetings" }).CheckAsync();
        await megan.Page.GetByRole(AriaRole.Spinbutton, new() { Name = "More meetings" }).FillAsync("4");
        await Expect(megan.Page.GetByLabel("Next evaluation after meeting")).ToHaveValueAsync("12");
        await Artifacts.CheckViewAsync(megan.Page, "8-decision-continue-mentor");
        await megan.Page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();

        await Expect(megan.Status).ToContainTextAsync("Continued: 12 meetings in all; the next evaluation is after meeting 12.");
        await Expect(megan.Page.GetByRole(AriaRole.Heading, new() { Name = "Evaluation after meeting 4" })).ToHaveCountAsync(0);
        await Expect(megan.Page.Locator("main")).ToContainTextAsync("Planned after meeting 12");
        var relationship = await Tenant.RelationshipAsync("adele.vance", id);
        Assert.Equal(12, relationship["meetingCount"]!.GetValue<int>());
        Assert.Equal(12, (await Tenant.SessionsAsync("adele.vance", id)).Count);
    }

    [Fact]
    public async Task AdeleEndsTheRelationshipAsTheDecision()
    {
        var id = await BookedAndAfterMeetingFourAsync();
        var adele = await OpenPaneAsync("adele.vance");
        await adele.OpenRelationshipAsync("Megan Bowen");

        // Amending goes through the slot view: the first new meeting one new interval after the last held one.
        await adele.Page.GetByRole(AriaRole.Radio, new() { Name = "Amend: a new cadence or time" }).CheckAsync();
        var amend = adele.Page.GetByRole(AriaRole.Form, new() { Name = "Amend" });
        await amend.GetByLabel("How often").SelectOptionAsync("biweekly");
        await amend.GetByRole(AriaRole.Button, new() { Name = "Find times" }).ClickAsync();
        await Expect(amend.Locator("label.slot").First).ToContainTextAsync("Feb 2027");
        await Artifacts.CheckViewAsync(adele.Page, "8-decision-amend-mentee");

        await adele.Page.GetByRole(AriaRole.Radio, new() { Name = "End the relationship" }).CheckAsync();
        var form = adele.Page.GetByRole(AriaRole.Form, new() { Name = "End as the decision" });
        await form.GetByLabel("Your closing reflection").FillAsync("I have what I came for.");
        await form.GetByLabel("Thank-you note to Megan Bowen (optional)").FillAsync("Thank you for four good meetings.");
        await Artifacts.CheckViewAsync(adele.Page, "8-decision-end-mentee");
        await form.GetByRole(AriaRole.Button, new() { Name = "End the relationship" }).ClickAsync();

        await Expect(adele.Status).ToContainTextAsync("Ended. Your note goes to Megan Bowen.");
        var relationship = await Tenant.RelationshipAsync("adele.vance", id);
        Assert.Equal("ended", relationship["status"]!.GetValue<string>());
        Assert.Equal("done", relationship["evaluation"]!["status"]!.GetValue<string>());
    }

    private static async Task EvaluateAsync(PaneDriver pane, int rating, string reflection, string recommendation)
    {
        var form = pane.Page.GetByRole(AriaRole.Form, new() { Name = "My evaluation" });
        await form.GetByLabel("Progress on: Expand my professional network").SelectOptionAsync(rating.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("My reflection").FillAsync(reflection);
        await form.GetByRole(AriaRole.Radio, new() { Name = recommendation, Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save my evaluation" }).ClickAsync();
        await Expect(pane.Status).ToContainTextAsync("Your evaluation is saved.");
    }

    /// <summary>Proposed, agreed, booked, the series accepted in Outlook, and the clock just after meeting 4 has ended.</summary>
    private async Task<string> BookedAndAfterMeetingFourAsync()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);
        await Tenant.MentorAcceptsSeriesAsync("megan.bowen", "Adele Vance");
        var fourth = (await Tenant.SessionsAsync("adele.vance", id))[3]!;
        Tenant.MoveClockTo(DateTimeOffset.Parse(fourth["end"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddMinutes(15));
        return id;
    }
}
