using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// A mentor says in the pane what they can help with and how many mentees they take; a mentee searching by a word of
/// a job title sees it, chooses that mentor and proposes; a mentor not open to mentoring is refused by the Mentor field
/// (issue 18).
/// </summary>
public sealed class MentorProfilePaneTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task AMenteeFindsAMentorByTitleSeesTheirExpertiseAndRoomAndProposes()
    {
        var nestor = await OpenPaneAsync("nestor.wilke");
        await nestor.GoToAsync("Mentor profile");
        await Expect(nestor.Heading).ToHaveTextAsync("My mentor profile");
        await Expect(nestor.Page.GetByLabel("I am open to mentoring")).ToBeCheckedAsync();
        await nestor.Page.GetByLabel("Areas of expertise").FillAsync("roadmaps, discovery, Roadmaps");
        await nestor.Page.GetByLabel("How I can help").FillAsync("From engineering into product: discovery and roadmaps.");
        await nestor.Page.GetByLabel("Most mentees at once").FillAsync("2");
        await nestor.Page.GetByRole(AriaRole.Checkbox, new() { Name = "In person" }).CheckAsync();
        await nestor.Page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(nestor.Status).ToContainTextAsync("Profile saved. Mentees searching for a mentor see your expertise and whether you have room (at most 2 at once).");
        await Expect(nestor.Page.GetByLabel("Areas of expertise")).ToHaveValueAsync("roadmaps, discovery");
        await Expect(nestor.Page.Locator("main p.muted").First).ToHaveTextAsync("What mentees see when they look for a mentor.");
        await Artifacts.CheckViewAsync(nestor.Page, "12-mentor-profile");

        var megan = await OpenPaneAsync("megan.bowen");
        await megan.GoToAsync("Mentor profile");
        await megan.Page.GetByLabel("I am open to mentoring").UncheckAsync();
        await megan.Page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(megan.Status).ToContainTextAsync("Nobody can propose to you while you are not open to mentoring.");

        var adele = await OpenPaneAsync("adele.vance");
        await adele.GoToAsync("New relationship");
        await adele.Page.GetByLabel("Mentor", new() { Exact = true }).FillAsync("product");
        var nestorFound = adele.Page.GetByRole(AriaRole.Radio, new() { Name = "Nestor Wilke" });
        var meganFound = adele.Page.GetByRole(AriaRole.Radio, new() { Name = "Megan Bowen" });
        await Expect(adele.Page.Locator("label.choice:has-text('Nestor Wilke')"))
            .ToHaveTextAsync("Nestor Wilke · Senior Product Manager · Product, London · London time · roadmaps, discovery · has room for a mentee");
        await Expect(adele.Page.Locator("label.choice:has-text('Megan Bowen')")).ToContainTextAsync("not mentoring now");
        await Artifacts.CheckViewAsync(adele.Page, "12-search-with-profiles");

        // Megan said no: the refusal is under the Mentor field, in words.
        await adele.FillAgreementAsync("product", "Megan Bowen");
        await adele.SubmitProposalAsync();
        await Expect(adele.FieldError("Mentor")).ToContainTextAsync("Megan Bowen is not taking mentees at the moment");

        // Nestor has room: the proposal goes to him.
        await nestorFound.CheckAsync();
        await adele.SubmitProposalAsync();
        await Expect(adele.Heading).ToHaveTextAsync("Relationship with Nestor Wilke");
        Assert.False(await meganFound.IsVisibleAsync());
    }
}
