using System.Text.Json;
using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane.Outlook;

/// <summary>
/// Outlook clients without nested app authentication (Office 2019/2021, older Microsoft 365 Apps and Mac builds):
/// the real pane (outlook.html) in Chromium on a stand-in Office.js that lacks NestedAppAuth, signing in through
/// the Office dialog with real MSAL (signin.html) against Entra's endpoints as routes, to the API in Live mode.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class DialogSignInTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string OfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    private static readonly string FakeOffice = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pane", "Outlook", "fake-office.js"));

    // Sign-in loads MSAL, redirects the dialog twice and starts the Live app's first requests: more than Expect's 5 s on a busy box.
    private static readonly LocatorAssertionsToHaveTextOptions SignInTime = new() { Timeout = 30_000 };

    private LiveWorld _world = null!;
    private EntraSignInRoutes _entra = null!;
    private IBrowserContext? _context;

    public async Task InitializeAsync()
    {
        _world = await LiveWorld.StartAsync();
        var adele = _world.Tenant.Users.Single(u => u.UserPrincipalName == DemoUsers.Adele);
        _entra = new EntraSignInRoutes(_world.Tenant.TenantId, adele.Id, adele.UserPrincipalName, adele.DisplayName, LiveWorld.AddinClientId,
            () => _world.TokenFor("adele.vance"));
    }

    [Fact]
    public async Task WithoutNestedAppAuthThePaneSignsInThroughTheDialogAndALaterDialogClosesAtOnce()
    {
        var page = await OutlookAsync("DialogApi 1.1", "Mailbox 1.8");

        await page.GotoAsync(Url("/addin/outlook.html"));

        await Expect(page.Locator("main[aria-busy='false'] h2").First).ToHaveTextAsync("My mentoring", SignInTime);
        Assert.Empty(_entra.Refused);
        var authorize = Assert.Single(_entra.Authorizations);
        Assert.Equal(LiveWorld.AddinClientId, authorize["client_id"]);
        Assert.Contains($"api://{LiveWorld.ClientId}/access_as_user", authorize["scope"].Split(' '));
        Assert.Equal(DemoUsers.Adele, authorize["login_hint"]);
        Assert.Equal(Url("/addin/signin.html"), authorize["redirect_uri"]);
        Assert.Equal(DemoUsers.Domain, Assert.Single(_entra.AuthorizeTenants)); // a tenant authority: the mailbox's verified domain
        Assert.Single(_entra.TokenRequests);
        Assert.Single(_context!.Pages); // the dialog closed itself

        // Opened again (another message, a new pane): the dialog answers from MSAL's cache without Entra.
        var again = await _context.NewPageAsync();
        await again.GotoAsync(Url("/addin/outlook.html"));
        await Expect(again.Locator("main[aria-busy='false'] h2").First).ToHaveTextAsync("My mentoring", SignInTime);
        Assert.Single(_entra.Authorizations);
        Assert.Single(_entra.TokenRequests);
        Assert.Equal(1, await again.EvaluateAsync<int>("window.__fakeOutlookDialogsOpened"));
    }

    [Fact]
    public async Task ClosingTheDialogBeforeSigningInSaysSoAndSignInAgainFinishes()
    {
        _entra.HoldSignIn = true;
        var page = await OutlookAsync("DialogApi 1.1");
        var dialog = _context!.WaitForPageAsync();
        await page.GotoAsync(Url("/addin/outlook.html"));
        var window = await dialog;
        await Expect(window.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await window.CloseAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The sign-in window was closed before you finished signing in.", new() { Timeout = 30_000 });
        _entra.HoldSignIn = false;
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in again" }).ClickAsync();
        await Expect(page.Locator("main[aria-busy='false'] h2").First).ToHaveTextAsync("My mentoring", SignInTime);
        Assert.Equal(2, _entra.Authorizations.Count);
        Assert.Empty(_entra.Refused);
    }

    [Fact]
    public async Task AClientWithNeitherNestedAppAuthNorDialogsIsToldWhatItLacks()
    {
        var page = await OutlookAsync("Mailbox 1.8");

        await page.GotoAsync(Url("/addin/outlook.html"));

        var alert = page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("it has neither nested app authentication (NestedAppAuth 1.1) nor Office dialogs (DialogApi 1.1)", new() { Timeout = 30_000 });
        await Expect(alert).ToContainTextAsync("Microsoft 365 Apps version 2409 or later, Outlook for Mac 16.89 or later");
        Assert.Empty(_entra.Authorizations);
        await Artifacts.CheckViewAsync(page, "outlook-unsupported-client");
    }

    /// <summary>A pane-sized page on the stand-in Office.js with these requirement sets, Entra's endpoints routed.</summary>
    private async Task<IPage> OutlookAsync(params string[] supports)
    {
        var page = await browser.NewPageAsync();
        _context = page.Context;
        var outlook = new
        {
            supports,
            user = new { emailAddress = DemoUsers.Adele, displayName = "Adele Vance", accountType = "enterprise" },
        };
        await _context.AddInitScriptAsync($"window.__fakeOutlook = {JsonSerializer.Serialize(outlook)};");
        await _context.RouteAsync(OfficeJs, route => route.FulfillAsync(new RouteFulfillOptions { ContentType = "text/javascript", Body = FakeOffice }));
        await _entra.InstallAsync(_context);
        return page;
    }

    private string Url(string path) => new Uri(_world.App.Anonymous().BaseAddress!, path).ToString();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
        await _world.DisposeAsync();
    }
}
