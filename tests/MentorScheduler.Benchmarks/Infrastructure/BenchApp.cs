using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>
/// The shared test world (<see cref="TestApp"/>) run as a benchmark: the real app in Simulated mode on a free
/// loopback port, a fresh data folder, the clock held at <see cref="Now"/> so every call plans from the same
/// "today" (timers and timestamps stay real), and optionally a larger generated tenant.
/// </summary>
public sealed class BenchApp : TestApp
{
    public static readonly DateTimeOffset Now = DefaultNow;

    /// <summary>The app on the demo tenant, or on <paramref name="tenant"/> (a larger, generated one).</summary>
    public BenchApp(MentorScheduler.GraphSimulator.DemoTenant? tenant = null)
    {
        Environment = "Benchmark";
        WithSetting("Graph:Mode", "Simulated");
        WithServices(services =>
        {
            services.AddSingleton(Windows);
            if (tenant is not null) services.AddSingleton(tenant);
            services.AddSingleton<IStartupFilter, ScheduleWindowRecorder.StartupFilter>();
        });
    }

    /// <summary>Sees the getSchedule windows the app asks the simulator for, while recording.</summary>
    public ScheduleWindowRecorder Windows { get; } = new();

    public async Task ResetGraphCounters()
    {
        using var client = Anonymous();
        using var response = await client.DeleteAsync("/graph-sim/admin/counters");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>What the simulator has answered since the last reset (Faults/README.md, "Counters").</summary>
    public async Task<GraphCounters> Counters()
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
        base.ConfigureWebHost(builder);
        // The test runner starts in the output folder, where WebApplicationFactory finds the app's folder in
        // MvcTestingAppManifest.json; `dotnet run` starts in the caller's folder, so say it here.
        builder.UseContentRoot(AppContentRoot());
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
}
