using MentorScheduler.E2E.Tests.Infrastructure;
using MentorScheduler.E2E.Tests.Pane.Outlook;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Admin;

/// <summary>
/// The program page in Live mode: real MSAL's redirect flow for the add-in's registration against Entra's
/// endpoints as routes (authorize, then back to /admin/ with a code, PKCE checked at the token endpoint), to the
/// API in Live mode, which reads the program admin's role from the token.
/// </summary>
[Collection(BrowserTests.Name)]
public sealed class ProgramPageLiveSignInTests(BrowserFixture browser) : IAsyncLifetime
{
    private static readonly LocatorAssertionsToHaveTextOptions SignInTime = new() { Timeout = 30_000 };

    private LiveWorld _world = null!;
    private IBrowserContext? _context;

    public async Task InitializeAsync() => _world = await LiveWorld.StartAsync();

    [Fact]
    public async Task DiegoSignsInByRedirectForTheAddinsRegistrationAndSeesTheProgram()
    {
        var diego = _world.Tenant.Users.Single(u => u.UserPrincipalName == "diego.siciliani@contoso.example");
        var entra = new EntraSignInRoutes(_world.Tenant.TenantId, diego.Id, diego.UserPrincipalName, diego.DisplayName, LiveWorld.AddinClientId,
            () => _world.TokenFor("diego.siciliani"));
        var page = await browser.NewPageAsync(1280, 900);
        _context = page.Context;
        await entra.InstallAsync(_context);

        await page.GotoAsync(Url("/admin/"));

        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("Signed in as Diego Siciliani", SignInTime);
        await Assertions.Expect(page.Locator("dl.figures")).ToBeVisibleAsync();
        Assert.Empty(entra.Refused);
        var authorize = Assert.Single(entra.Authorizations);
        Assert.Equal(LiveWorld.AddinClientId, authorize["client_id"]);
        Assert.Contains($"api://{LiveWorld.ClientId}/access_as_user", authorize["scope"].Split(' '));
        Assert.Equal(Url("/admin/"), authorize["redirect_uri"]);
        Assert.Single(entra.TokenRequests);
        Assert.Equal(Url("/admin/"), page.Url.Split('#')[0].Split('?')[0]);

        // Opened again in the same session: MSAL's cache answers, Entra is not asked again.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#who")).ToHaveTextAsync("Signed in as Diego Siciliani", SignInTime);
        Assert.Single(entra.Authorizations);
        Assert.Single(entra.TokenRequests);
    }

    private string Url(string path) => new Uri(_world.App.Anonymous().BaseAddress!, path).ToString();

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
        await _world.DisposeAsync();
    }
}
