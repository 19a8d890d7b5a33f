using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// A mentee asks the pane to suggest mentors for her goals, reads why each is suggested, chooses one and proposes
/// (issue 18): the suggestion comes from a mentor's profile, never from her management chain; he then appears in her
/// set of mentors with his level, function and expertise, and the pane suggests widening a set of one.
/// </summary>
public sealed class SuggestedMentorPaneTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task AMenteeChoosesASuggestedMentorForHerGoalProposesAndSeesHimInHerSetOfMentors()
    {
        var nestor = await OpenPaneAsync("nestor.wilke");
        await nestor.GoToAsync("Mentor profile");
        await nestor.Page.GetByLabel("Areas of expertise").FillAsync("roadmaps, discovery");
        await nestor.Page.GetByRole(AriaRole.Button, new() { Name = "Save my profile" }).ClickAsync();
        await Expect(nestor.Status).ToContainTextAsync("Profile saved.");

        var adele = await OpenPaneAsync("adele.vance");
        await adele.GoToAsync("New relationship");
        await adele.Page.GetByLabel("Your own goal 1").FillAsync("Learn to build product roadmaps");
        await adele.Page.GetByRole(AriaRole.Button, new() { Name = "Suggest mentors for my goals" }).ClickAsync();

        var suggestions = adele.Page.GetByRole(AriaRole.List, new() { Name = "Suggested mentors" });
        var first = suggestions.Locator("li.suggestion").First;
        await Expect(first.Locator("strong")).ToHaveTextAsync("Nestor Wilke");
        await Expect(first).ToContainTextAsync("Expertise in roadmaps, which your goal “Learn to build product roadmaps” is about.");
        await Expect(first).ToContainTextAsync("Works in Product, outside your own department.");
        // Alex manages Adele, Patti manages Alex: neither is ever suggested.
        await Expect(suggestions).Not.ToContainTextAsync("Alex Wilber");
        await Expect(suggestions).Not.ToContainTextAsync("Patti Fernandez");
        await Artifacts.CheckViewAsync(adele.Page, "12-suggested-mentors");

        await first.GetByRole(AriaRole.Button, new() { Name = "Choose Nestor Wilke" }).ClickAsync();
        await Expect(adele.Page.Locator("p.chosen")).ToHaveTextAsync("Chosen: Nestor Wilke · Senior Product Manager.");
        await adele.Page.GetByLabel("Purpose: why this mentor?").FillAsync("Move from engineering into product");
        await adele.Page.GetByLabel("How often").SelectOptionAsync("biweekly");
        await adele.SubmitProposalAsync();

        await Expect(adele.Heading).ToHaveTextAsync("Relationship with Nestor Wilke");

        await adele.GoToAsync("My mentoring");
        var set = adele.Page.GetByRole(AriaRole.List, new() { Name = "My mentors" });
        var him = set.Locator("li.mentor");
        await Expect(him).ToHaveCountAsync(1);
        await Expect(him.Locator("strong")).ToHaveTextAsync("Nestor Wilke");
        await Expect(him).ToContainTextAsync("(Asked)");
        await Expect(him.Locator("p.spread")).ToHaveTextAsync("Senior level · Product");
        await Expect(him.Locator("p.expertise")).ToHaveTextAsync("Expertise: roadmaps, discovery");
        await Expect(adele.Page.Locator(".prompt p")).ToContainTextAsync("Nestor Wilke is your only mentor so far.");
        await Artifacts.CheckViewAsync(adele.Page, "12-my-set-of-mentors");
        await adele.Page.GetByRole(AriaRole.Button, new() { Name = "Find another mentor" }).ClickAsync();
        await Expect(adele.Heading).ToHaveTextAsync("New relationship");
    }
}
