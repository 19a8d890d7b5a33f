using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>The mentor's side, through the local preview's user picker.</summary>
public sealed class MentorSideTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task MeganSeesAdelesInvitationWhenThePreviewSignsHerIn()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);

        var preview = await OpenPreviewAsync();
        Assert.EndsWith("/addin/preview.html", new Uri(preview.Url).AbsolutePath, StringComparison.Ordinal);
        await preview.GetByLabel("Signed-in user").SelectOptionAsync("megan.bowen@contoso.example");

        var pane = preview.FrameLocator("#pane");
        await Expect(pane.Locator("header .who")).ToHaveTextAsync("Megan Bowen");
        await Expect(pane.Locator("main[aria-busy='false'] h2")).ToHaveTextAsync("My mentoring");
        var asMentor = pane.Locator("section").Filter(new() { Has = pane.GetByRole(AriaRole.Heading, new() { Name = "As mentor" }) });
        var card = asMentor.Locator("li.card").Filter(new() { HasText = "Adele Vance" });
        await Expect(card).ToContainTextAsync("Invited: answer the series in Outlook");
        await Expect(card).Not.ToContainTextAsync("waiting for the mentor");
        await Expect(card).ToContainTextAsync("Next session: Mon 4 Jan 2027");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Choose a time" })).ToHaveCountAsync(0);
        await Expect(preview.Locator("#clock-now")).ToHaveTextAsync("2027-01-01 09:00 UTC");
        await Artifacts.CheckViewAsync(preview, "0-preview-as-megan");
    }

    [Fact]
    public async Task ThePreviewOpensThePaneOnOneOfTheUsersMeetings()
    {
        var preview = await OpenPreviewAsync();
        var items = preview.GetByLabel("Pane opened on");
        await Expect(items.Locator("option")).Not.ToHaveCountAsync(1);
        var standUp = await items.Locator("option").Filter(new() { HasText = "Stand-up" }).First.GetAttributeAsync("value");
        await items.SelectOptionAsync(standUp!);

        var pane = preview.FrameLocator("#pane");
        await Expect(pane.Locator("main[aria-busy='false'] h2")).ToHaveTextAsync("This meeting");
        await Expect(pane.Locator("main")).ToContainTextAsync("Stand-up");
        await Expect(pane.GetByRole(AriaRole.Button, new() { Name = "This meeting" })).ToHaveAttributeAsync("aria-current", "page");
        await Artifacts.CheckViewAsync(preview, "5-this-meeting-not-a-session");
    }
}
