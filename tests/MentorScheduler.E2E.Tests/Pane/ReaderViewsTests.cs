using System.Net.Http.Json;
using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>
/// Who reads what, as each reader sees it: a program admin's pane points to the program page (issue 17), a mentee is told
/// who reads her notes, and a slot card tells a tentative clash apart from a busy one (issue 16).
/// </summary>
public sealed class ReaderViewsTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task AProgramAdminsPaneLinksToTheProgramPageInsteadOfListingTheTenant()
    {
        var id = await Tenant.ProposeAsync("adele.vance", "megan.bowen");
        await Tenant.BookBestSlotAsync("adele.vance", id);

        var diego = await OpenPaneAsync("diego.siciliani");
        var program = diego.Page.Locator("section:has(h3:text-is('The program'))");
        await Expect(program.GetByRole(AriaRole.Link, new() { Name = "Open the program page" })).ToHaveAttributeAsync("href", App.Url("/admin/"));
        await Expect(diego.Page.Locator("li.card")).ToHaveCountAsync(0);
        await Expect(diego.Page.Locator("main")).Not.ToContainTextAsync("Adele Vance");
        await Artifacts.CheckViewAsync(diego.Page, "10-admin-home");

        // The mentee, on the same record, is told who reads what she writes, beside the notes form.
        string occurrence;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MentorScheduler.Api.Data.MentorSchedulerDb>();
            occurrence = (await db.Sessions.AsNoTracking().Where(s => s.Number == 1).SingleAsync()).OccurrenceId;
        }
        var adele = await OpenPaneAsync("adele.vance", occurrence);
        await Expect(adele.Heading).ToHaveTextAsync("This meeting");
        await Expect(adele.Page.Locator("form p.privacy")).ToHaveTextAsync(
            "Only you and Megan Bowen can read these notes: your organisation's program admins see that notes were filed, not what they say.");
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
}
