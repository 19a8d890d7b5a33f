using MentorScheduler.E2E.Tests.Infrastructure;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>Refusals are shown in words, by the field they concern, and focus goes there.</summary>
public sealed class RefusalTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task PattiIsRefusedAsAdelesMentorByTheMentorField()
    {
        var pane = await OpenPaneAsync("adele.vance");
        await pane.GoToAsync("New relationship");
        await pane.FillAgreementAsync("Patti", "Patti Fernandez");
        await pane.SubmitProposalAsync();

        var error = pane.FieldError("Mentor");
        await Expect(error).ToBeVisibleAsync();
        await Expect(error).ToContainTextAsync("Patti Fernandez is");
        await Expect(error).ToContainTextAsync("managerial authority over you and cannot also be your mentor");
        var mentor = pane.Page.GetByLabel("Mentor", new() { Exact = true });
        await Expect(mentor).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(mentor).ToBeFocusedAsync();
        await Expect(pane.Heading).ToHaveTextAsync("New relationship");
        await Artifacts.CheckViewAsync(pane.Page, "2-new-relationship-refused-manager");
    }

    [Fact]
    public async Task AFiveMinuteMeetingIsRefusedByTheMeetingLengthField()
    {
        var pane = await OpenPaneAsync("adele.vance");
        await pane.GoToAsync("New relationship");
        await pane.FillAgreementAsync("Meg", "Megan Bowen", durationMinutes: "5");
        await pane.SubmitProposalAsync();

        var error = pane.FieldError("Meeting length (minutes)");
        await Expect(error).ToHaveTextAsync("A meeting lasts 15 to 240 minutes; 5 is outside that.");
        await Expect(pane.Page.GetByLabel("Meeting length (minutes)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(pane.Page.GetByLabel("Meeting length (minutes)")).ToBeFocusedAsync();
        await Expect(pane.Page.Locator(".error-summary")).ToHaveTextAsync("One field needs attention.");
        await Expect(pane.FieldError("Mentor")).ToBeHiddenAsync();
        await Artifacts.CheckViewAsync(pane.Page, "2-new-relationship-validation");
    }
}
