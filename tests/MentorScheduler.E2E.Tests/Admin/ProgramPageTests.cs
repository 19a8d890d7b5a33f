using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.E2E.Tests.Infrastructure;
using MentorScheduler.E2E.Tests.Pane;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Admin;

/// <summary>
/// The program manager's page (/admin/, issue 17) in Chromium at a desk's width, on <see cref="ProgramWorld"/>'s seeded
/// program: the figures and both charts, the list's filters and paging, the CSV download, and the agenda template
/// editor (an error shown at its line, fixed, previewed, saved and reset).
/// </summary>
public sealed class ProgramPageTests(BrowserFixture browser) : PaneTestBase(browser)
{
    private async Task<IPage> OpenProgramPageAsync(string user = "diego.siciliani@contoso.example")
    {
        using (var adele = await App.ClientFor("adele.vance"))
        {
            var me = await adele.GetFromJsonAsync<JsonElement>("/api/me");
            await ProgramWorld.SeedAsync(App, me.GetProperty("tenantId").GetString()!);
        }
        var page = await OpenPageAsync($"/admin/?user={Uri.EscapeDataString(user)}", 1280, 900);
        await Expect(page.Locator("main[aria-busy='false']")).ToHaveCountAsync(1);
        return page;
    }

    [Fact]
    public async Task DiegoSeesTheProgramWithChartsAndFiltersTheRelationships()
    {
        var page = await OpenProgramPageAsync();

        await Expect(page.Locator("#who")).ToHaveTextAsync("Signed in as Diego Siciliani");
        var figures = page.Locator("dl.figures");
        await Expect(figures.Locator("div:has(dt:text-is('Sessions held')) dd:not(.note)")).ToHaveTextAsync("19");
        await Expect(figures.Locator("div:has(dt:text-is('Evaluations overdue')) dd:not(.note)")).ToHaveTextAsync("1");
        await Expect(figures.Locator("div:has(dt:text-is('Quiet')) dd:not(.note)")).ToHaveTextAsync("2");
        await Expect(figures.Locator("div:has(dt:text-is('Days to first session')) dd:not(.note)")).ToHaveTextAsync("14.6");
        // Both charts are drawn (Chart.js marks its canvases), with their figures as tables too.
        await Expect(page.Locator("figure.sessions-chart canvas")).ToHaveAttributeAsync("role", "img");
        Assert.True(await page.Locator("figure.sessions-chart canvas").EvaluateAsync<bool>("c => c.width > 0 && c.height > 0"));
        Assert.True(await page.Locator("figure.states-chart canvas").EvaluateAsync<bool>("c => c.width > 0 && c.height > 0"));
        await Expect(page.Locator("figure.sessions-chart tbody tr")).ToHaveCountAsync(7);
        await Expect(page.Locator("table.mentors tbody tr").First).ToContainTextAsync("Megan Bowen");
        var rows = page.Locator("table.relationships tbody tr");
        await Expect(rows).ToHaveCountAsync(7);
        await Artifacts.CheckViewAsync(page, "11-program-page", intoFrames: false);

        await page.GetByLabel("Quiet", new() { Exact = true }).CheckAsync();
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Nth(0)).ToContainTextAsync("Alex Wilber");
        await page.GetByLabel("Quiet", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("State", new() { Exact = true }).SelectOptionAsync("active");
        await Expect(rows).ToHaveCountAsync(4);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("gupta");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("Pradeep Gupta");
        await Artifacts.CheckViewAsync(page, "11-program-page-filtered", intoFrames: false);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        Assert.Equal("mentoring-program-2027-03-01.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal(8, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task DiegoFixesATemplateErrorAtItsLinePreviewsSavesAndResets()
    {
        var page = await OpenProgramPageAsync();
        var html = page.Locator("#template-html");
        await Expect(page.Locator("#tpl-h ~ p.muted").First).ToHaveTextAsync("This is the default template.");
        await Expect(page.Locator(".vars li").First).ToContainTextAsync("{{");

        await html.FillAsync("<h1>Contoso agenda</h1>\n<p>{{ for g in relationship.goals }}{{ g }}</p>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        var error = page.Locator("#template-html-errors li");
        await Expect(error).ToContainTextAsync("Line 2, column");
        await Artifacts.CheckViewAsync(page, "11-template-error", intoFrames: false);

        await html.FillAsync("<h1>Contoso agenda for {{ names.mentor }}</h1>\n<ul>{{ for g in relationship.goals }}<li>{{ g }}</li>{{ end }}</ul>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Expect(page.FrameLocator("iframe").Locator("h1")).ToContainTextAsync("Contoso agenda for");
        await Expect(page.Locator("pre.preview-text")).ToContainTextAsync("PURPOSE AND GOALS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved: the next agendas use this template.");
        await Expect(error).ToHaveCountAsync(0);
        await Expect(page.Locator("#tpl-h ~ p.muted").First).ToHaveTextAsync("This tenant has its own template.");
        await Artifacts.CheckViewAsync(page, "11-template-saved", intoFrames: false);

        await page.GetByRole(AriaRole.Button, new() { Name = "Reset to the default" }).ClickAsync();
        await Expect(page.Locator("#tpl-h ~ p.muted").First).ToHaveTextAsync("This is the default template.");
        await Expect(html).Not.ToHaveValueAsync(new System.Text.RegularExpressions.Regex("Contoso agenda"));
    }

    [Fact]
    public async Task WhereTheTenantLetsAdminsReadNotesDiegoPreviewsTheTemplateAgainstARealSession()
    {
        App.WithSetting("Privacy:AdminsReadNotes", "true");
        var page = await OpenProgramPageAsync();
        var text = page.Locator("#template-text");
        await Expect(text).Not.ToHaveValueAsync("");
        await text.FillAsync("For {{ names.mentor }}: session {{ session.number }} with {{ names.mentee }}");

        var choices = page.Locator("#preview-session option:not([value=''])");
        await Expect(choices.First).ToBeAttachedAsync();
        var label = (await choices.First.TextContentAsync())!; // "<mentee> with <mentor>, session <n>"
        var mentee = label[..label.IndexOf(" with ", StringComparison.Ordinal)];
        var mentor = label[(label.IndexOf(" with ", StringComparison.Ordinal) + 6)..label.LastIndexOf(", session ", StringComparison.Ordinal)];
        var number = label[(label.LastIndexOf(' ') + 1)..];
        await page.Locator("#preview-session").SelectOptionAsync((await choices.First.GetAttributeAsync("value"))!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Expect(page.Locator("pre.preview-text")).ToHaveTextAsync($"For {mentor}: session {number} with {mentee}");
    }

    [Fact]
    public async Task WithoutThatSettingOnlyTheSampleAgendaIsOffered()
    {
        var page = await OpenProgramPageAsync();
        await Expect(page.Locator("#preview-session option")).ToHaveCountAsync(1);
        await Expect(page.Locator("#preview-session option")).ToHaveTextAsync("The sample agenda");
    }

    [Fact]
    public async Task SomeoneWhoIsNotAProgramAdminIsToldWhatToAskFor()
    {
        var page = await OpenProgramPageAsync("adele.vance@contoso.example");

        await Expect(page.Locator("main h2")).ToHaveTextAsync("This page is for program admins");
        await Expect(page.Locator("main")).ToContainTextAsync("MentorScheduler.Admin role");
    }
}
