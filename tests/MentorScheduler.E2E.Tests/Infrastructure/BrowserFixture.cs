using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Infrastructure;

/// <summary>
/// One headless Chromium (Debian's, at /usr/bin/chromium: Playwright cannot download browsers here) shared
/// by the browser tests; each test gets its own context, so nothing carries over between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium is not at {ChromiumPath}: run ./test.sh (it installs it) or apt-get install chromium.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>A fresh page the size of Outlook's task pane, or of the preview when it hosts the pane.</summary>
    public async Task<IPage> NewPageAsync(int width = 350, int height = 700)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/London",
        });
        context.SetDefaultTimeout(15_000);
        // Nothing leaves the machine: only the app's own loopback address is reachable.
        await context.RouteAsync(url => !url.StartsWith("http://127.0.0.1", StringComparison.Ordinal), route => route.AbortAsync());
        return await context.NewPageAsync();
    }
}
