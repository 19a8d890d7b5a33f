using MentorScheduler.Api.Simulation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.E2E.Tests.Infrastructure;

/// <summary>
/// The real app in Simulated mode on Kestrel at a free loopback port, as the API tests' TestApp starts it:
/// a fresh data folder, a manual clock the dev clock advances with, and the in-process Graph simulator.
/// </summary>
public sealed class E2EApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultNow = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "mentorscheduler-e2e", Guid.NewGuid().ToString("N"));

    public E2EApp() => UseKestrel();

    public ManualClock Clock { get; } = new(DefaultNow);

    /// <summary>The app's address, e.g. <c>http://127.0.0.1:41234</c>, once it listens.</summary>
    public Uri BaseAddress
    {
        get
        {
            StartServer();
            using var client = CreateClient();
            return client.BaseAddress!;
        }
    }

    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <summary>An HTTP client on the app with no token.</summary>
    public HttpClient Http()
    {
        StartServer();
        return CreateClient();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
        builder.UseSetting("Graph:RetryDelaySeconds", "0");
        builder.ConfigureTestServices(services => services.AddKeyedSingleton<TimeProvider>(SimulationApi.ClockSourceKey, Clock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_dataDirectory)) Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing request; the OS cleans the temp folder later.
        }
        GC.SuppressFinalize(this);
    }
}

/// <summary>A clock that moves only when a test moves it.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Set(DateTimeOffset now) => _now = now;
}
