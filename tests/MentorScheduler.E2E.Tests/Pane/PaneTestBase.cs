using MentorScheduler.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane;

/// <summary>Each test gets its own app (fresh data, clock at <see cref="TestApp.DefaultNow"/>) and browser context.</summary>
[Collection(BrowserTests.Name)]
public abstract class PaneTestBase(BrowserFixture browser) : IAsyncLifetime
{
    protected E2EApp App { get; } = new();

    protected TenantActions Tenant => new(App);

    protected BrowserFixture Browser => browser;

    private readonly List<IPage> _pages = [];

    protected async Task<PaneDriver> OpenPaneAsync(string user, string? itemId = null)
    {
        var page = await browser.NewPageAsync();
        _pages.Add(page);
        var pane = new PaneDriver(page, App);
        await pane.OpenAsync(user, itemId);
        return pane;
    }

    protected async Task<IPage> OpenPreviewAsync()
    {
        var page = await browser.NewPageAsync(1100, 820);
        _pages.Add(page);
        await page.GotoAsync(App.Url("/"));
        return page;
    }

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in _pages) await page.Context.CloseAsync();
        await App.DisposeAsync();
    }
}
