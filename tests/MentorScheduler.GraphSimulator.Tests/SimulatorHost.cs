using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace MentorScheduler.GraphSimulator.Tests;

/// <summary>
/// A real Kestrel host on a free loopback port serving only the simulator, and a GraphServiceClient
/// built with GraphClientFactory (retry handler included) pointed at it. One per test: state is fresh.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    /// <summary>The instant the simulator tests' clocks stand at unless a test says otherwise.</summary>
    public static readonly DateTimeOffset DemoNow = new(2027, 1, 4, 8, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;

    private SimulatorHost(WebApplication app, string serviceRoot, HttpClient http)
    {
        _app = app;
        ServiceRoot = serviceRoot;
        Http = http;
        Graph = new GraphServiceClient(http, new AnonymousAuthenticationProvider(), serviceRoot);
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234/graph-sim/v1.0</c>.</summary>
    public string ServiceRoot { get; }

    /// <summary>The SDK client: every call goes over HTTP through the SDK's middleware.</summary>
    public GraphServiceClient Graph { get; }

    /// <summary>The same pipeline as a plain HttpClient, for raw wire checks.</summary>
    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>The host's own address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string Address => ServiceRoot[..ServiceRoot.IndexOf("/graph-sim", StringComparison.Ordinal)];

    /// <param name="clock">The simulator's clock (the system clock by default).</param>
    /// <param name="map">More endpoints on the same host, e.g. a receiver of change notifications.</param>
    public static async Task<SimulatorHost> StartAsync(TimeProvider? clock = null, Action<WebApplication>? map = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        if (clock is not null) builder.Services.AddSingleton(clock);
        builder.Services.AddGraphSimulator();
        var app = builder.Build();
        app.MapGraphSimulator();
        map?.Invoke(app);
        await app.StartAsync();

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var http = GraphClientFactory.Create();
        return new SimulatorHost(app, $"{address}/graph-sim/v1.0", http);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
