using System.Net.Http.Json;
using MentorScheduler.GraphSimulator;
using MentorScheduler.GraphSimulator.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorScheduler.Testing;

/// <summary>
/// The Graph simulator on its own Kestrel host (a free loopback port). In strict-token mode it stands for
/// Microsoft Graph in Live mode, trusting only <see cref="FakeEntra"/>'s tokens and enforcing each route's
/// permission; without it, it takes any request, as the embedded Simulated mode does.
/// </summary>
public sealed class GraphHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _admin;

    private GraphHost(WebApplication app, string root, StrictTokenOptions? strict)
    {
        _app = app;
        StrictTokens = strict;
        Root = root;
        _admin = new HttpClient { BaseAddress = new Uri(root.Replace("/v1.0", "/", StringComparison.Ordinal)) };
    }

    /// <summary>Strict-token mode's settings (null when lenient); a test may change its token clock.</summary>
    public StrictTokenOptions? StrictTokens { get; }

    /// <summary>The service root the app's <c>Graph:LiveBaseUrl</c> points at.</summary>
    public string Root { get; }

    /// <param name="entra">Strict-token mode with this identity provider's tokens; null for the lenient simulator.</param>
    /// <param name="clock">The simulator's calendars' clock.</param>
    public static async Task<GraphHost> StartAsync(FakeEntra? entra, TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(clock);
        StrictTokenOptions? strict = null;
        if (entra is not null)
        {
            strict = new StrictTokenOptions();
            strict.SigningKeys.Add(entra.SigningKey);
            strict.IssuerTemplates.Add(entra.IssuerTemplate);
        }
        builder.Services.AddGraphSimulator(strictTokens: strict);
        var app = builder.Build();
        app.MapGraphSimulator();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GraphHost(app, $"{address}/graph-sim/v1.0", strict);
    }

    /// <summary>A Graph SDK client on this simulator sending this bearer token (null: none).</summary>
    public Microsoft.Graph.GraphServiceClient ClientWith(string? token)
    {
        var http = Microsoft.Graph.GraphClientFactory.Create();
        if (token is not null) http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return new Microsoft.Graph.GraphServiceClient(http, new Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider(), Root);
    }

    /// <summary>Makes the simulator answer matching requests with a fault (Faults/README.md).</summary>
    public async Task InjectFault(object rule)
    {
        using var response = await _admin.PostAsJsonAsync("admin/faults", rule);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Graph operations answered, by route template (the simulator's admin counters).</summary>
    public async Task<Dictionary<string, int>> Counters()
    {
        var body = await _admin.GetFromJsonAsync<CountersBody>("admin/counters");
        return body!.ByRoute;
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _app.DisposeAsync();
    }

    private sealed record CountersBody(int HttpRequests, int Operations, Dictionary<string, int> ByRoute);
}
