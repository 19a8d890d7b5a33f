using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>The page Entra's admin-consent endpoint returns the admin to says what happened, in text only.</summary>
public sealed class ConsentPageTests(BrowserFixture browser) : PaneTestBase(browser)
{
    [Fact]
    public async Task GrantedConsentIsSaidWithTheTenant()
    {
        var page = await Open("?admin_consent=True&tenant=6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10");

        await Expect(page.Locator("#outcome")).ToContainTextAsync("Consent granted for tenant 6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10");
        await Artifacts.CheckViewAsync(page, "consent-granted");
    }

    [Fact]
    public async Task ARefusalIsSaidAndNothingInItIsMarkup()
    {
        var page = await Open("?error=access_denied&error_description=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>The admin canceled"));

        await Expect(page.Locator("#outcome")).ToContainTextAsync("Consent was not granted: <img src=x onerror=alert(1)>The admin canceled");
        Assert.Equal(0, await page.Locator("#outcome img").CountAsync());
    }

    private async Task<IPage> Open(string query)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(App.Url("/addin/consent.html" + query));
        return page;
    }
}
