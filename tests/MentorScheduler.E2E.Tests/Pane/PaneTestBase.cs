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

    protected Task<IPage> OpenPreviewAsync() => OpenPageAsync("/", 1100, 820);

    /// <summary>A page of the app at a desk's size (closed with the test).</summary>
    protected async Task<IPage> OpenPageAsync(string path, int width, int height)
    {
        var page = await browser.NewPageAsync(width, height);
        _pages.Add(page);
        await page.GotoAsync(App.Url(path));
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
