using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Simulation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// The real app in Simulated mode, as the integration tests start it (tests/…/TestApp.cs): Kestrel on a free
/// loopback port, so the app's Graph client reaches the in-process simulator over real HTTP; a fresh data
/// folder; a clock fixed at <see cref="Now"/>; real tokens from <c>POST /dev/token</c>.
/// </summary>
public sealed class BenchApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly MentorScheduler.GraphSimulator.DemoTenant? _tenant;

    /// <summary>The app on the demo tenant, or on <paramref name="tenant"/> (a larger, generated one).</summary>
    public BenchApp(MentorScheduler.GraphSimulator.DemoTenant? tenant = null)
    {
        _tenant = tenant;
        DataDirectory = Path.Combine(Path.GetTempPath(), "mentorscheduler-bench", Guid.NewGuid().ToString("N"));
        UseKestrel();
    }

    public string DataDirectory { get; }

    /// <summary>Sees the getSchedule windows the app asks the simulator for, while recording.</summary>
    public ScheduleWindowRecorder Windows { get; } = new();

    /// <summary>A client with no token (the simulator's admin surface needs none).</summary>
    public HttpClient Anonymous()
    {
        StartServer();
        return CreateClient();
    }

    /// <summary>A client carrying a real token for a demo user.</summary>
    public async Task<HttpClient> ClientFor(string upn)
    {
        var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/dev/token", new { upn });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!.AccessToken);
        return client;
    }

    public async Task ResetGraphCounters()
    {
        using var client = Anonymous();
        using var response = await client.DeleteAsync("/graph-sim/admin/counters");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>What the simulator has answered since the last reset (Faults/README.md, "Counters").</summary>
    public async Task<GraphCounters> GraphCounters()
    {
        using var client = Anonymous();
        return (await client.GetFromJsonAsync<GraphCounters>("/graph-sim/admin/counters"))!;
    }

    /// <summary>Every Graph operation waits this long before the simulator answers it (Faults/README.md, "Latency").</summary>
    public async Task SetGraphLatency(int delayMs)
    {
        using var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/graph-sim/admin/latency", new { delayMs });
        response.EnsureSuccessStatusCode();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Benchmark");
        // The test runner starts in the output folder, where WebApplicationFactory finds the app's folder in
        // MvcTestingAppManifest.json; `dotnet run` starts in the caller's folder, so say it here.
        builder.UseContentRoot(AppContentRoot());
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Graph:Mode", "Simulated");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // No fault is injected here, so the SDK's retry handler never waits; keep it immediate like the tests.
        builder.UseSetting("Graph:RetryDelaySeconds", "0");
        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<TimeProvider>(SimulationApi.ClockSourceKey, new FixedClock(Now));
            services.AddSingleton(Windows);
            if (_tenant is not null) services.AddSingleton(_tenant);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ScheduleWindowRecorder.StartupFilter>();
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(DataDirectory)) Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the OS later.
        }
        GC.SuppressFinalize(this);
    }

    /// <summary>The API project's folder, from the manifest Microsoft.AspNetCore.Mvc.Testing writes beside this program.</summary>
    private static string AppContentRoot()
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json");
        var roots = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(manifest))!;
        var key = typeof(Program).Assembly.FullName!;
        return roots.TryGetValue(key, out var root) ? root
            : throw new InvalidOperationException($"{manifest} names no folder for {key}.");
    }

    private sealed record TokenBody(string AccessToken, int ExpiresIn);
}
