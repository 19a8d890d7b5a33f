using MentorScheduler.Api.Telemetry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// Simulated mode: SDK clients (one for the user's calls, one for the app's, counted apart) talking real HTTP to the simulator mounted in this same process. The
/// address is learnt from the server once it listens, so any port (including tests' free ports) works.
/// </summary>
public sealed class SimulatedGraphClients(IServer server, IOptions<GraphOptions> options, AppMetrics metrics, GraphReachability reachability, TimeProvider clock)
    : IGraphClients, IDisposable
{
    private readonly Lazy<(HttpClient Http, GraphServiceClient Client)> _user = new(() => Build(server, options.Value, metrics, reachability, GraphActor.User, clock));
    private readonly Lazy<(HttpClient Http, GraphServiceClient Client)> _app = new(() => Build(server, options.Value, metrics, reachability, GraphActor.App, clock));

    public GraphServiceClient ForCurrentUser() => _user.Value.Client;

    public GraphServiceClient ForTenant(string tenantId) => _app.Value.Client;

    public void Dispose()
    {
        if (_user.IsValueCreated) _user.Value.Http.Dispose();
        if (_app.IsValueCreated) _app.Value.Http.Dispose();
    }

    private static (HttpClient, GraphServiceClient) Build(IServer server, GraphOptions options, AppMetrics metrics, GraphReachability reachability, GraphActor actor,
        TimeProvider clock)
    {
        var root = options.SimulatorBaseUrl ?? OwnAddress(server) + "/graph-sim/v1.0";
        var http = GraphHttp.Create(options, metrics, reachability, actor, clock);
        return (http, new GraphServiceClient(http, new AnonymousAuthenticationProvider(), root));
    }

    /// <summary>This app's own http address once it listens (loopback when it listens on every interface).</summary>
    public static string OwnAddress(IServer server)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server has no addresses yet; Graph is used only once the app listens.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server listens on no address; set Graph:SimulatorBaseUrl.");
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "localhost" or "0.0.0.0" or "[::]" or "::") uri.Host = "127.0.0.1";
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
