using System.Collections.Concurrent;
using MentorScheduler.Api.Telemetry;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// Live mode: Microsoft Graph with tokens from Microsoft.Identity.Web's token acquisition. Calls made for the
/// caller of a request go on-behalf-of with the caller's own token (Graph then allows only what that user
/// may do, with the delegated permissions consented); background work uses the application's token for the
/// tenant it works in, never for <c>organizations</c>. Both are cached (one exchange per user or tenant per
/// token lifetime), so a second read costs no token request.
/// </summary>
public sealed class LiveGraphClients(ITokenAcquisition tokens, IHttpContextAccessor accessor, IOptions<GraphOptions> graph, AppMetrics metrics,
    GraphReachability reachability, TimeProvider clock) : IGraphClients, IDisposable
{
    private readonly HttpClient _userHttp = GraphHttp.Create(graph.Value, metrics, reachability, GraphActor.User, clock);
    private readonly HttpClient _appHttp = GraphHttp.Create(graph.Value, metrics, reachability, GraphActor.App, clock);
    private readonly ConcurrentDictionary<string, GraphServiceClient> _appClients = new(StringComparer.OrdinalIgnoreCase);
    private GraphServiceClient? _userClient;

    public GraphServiceClient ForCurrentUser() =>
        _userClient ??= Build(_userHttp, new BearerProvider(graph.Value, async ct =>
        {
            var user = accessor.HttpContext?.User ?? throw new InvalidOperationException("Graph calls for the signed-in user happen only during their request.");
            var result = await tokens.GetAuthenticationResultForUserAsync([graph.Value.Scope], user: user,
                tokenAcquisitionOptions: new TokenAcquisitionOptions { CancellationToken = ct });
            return Counted("obo", result);
        }));

    public GraphServiceClient ForTenant(string tenantId)
    {
        if (!Guid.TryParse(tenantId, out _))
            throw new ArgumentException($"App-only Graph calls name their tenant by id; '{tenantId}' is not one.", nameof(tenantId));
        return _appClients.GetOrAdd(tenantId, tid => Build(_appHttp, new BearerProvider(graph.Value, async ct =>
            Counted("app", await tokens.GetAuthenticationResultForAppAsync(graph.Value.Scope, tenant: tid,
                tokenAcquisitionOptions: new TokenAcquisitionOptions { CancellationToken = ct })))));
    }

    public void Dispose()
    {
        _userHttp.Dispose();
        _appHttp.Dispose();
    }

    private GraphServiceClient Build(HttpClient http, IAuthenticationProvider provider) => new(http, provider, graph.Value.LiveBaseUrl);

    /// <summary>The header for the token, the acquisition counted as a cache hit or an exchange with Entra.</summary>
    private string Counted(string flow, AuthenticationResult result)
    {
        metrics.TokenAcquired(flow, result.AuthenticationResultMetadata?.TokenSource == TokenSource.Cache);
        return result.CreateAuthorizationHeader();
    }

    /// <summary>Puts the acquired header on requests to the configured Graph host only, never elsewhere (a next link included).</summary>
    private sealed class BearerProvider(GraphOptions options, Func<CancellationToken, Task<string>> header) : IAuthenticationProvider
    {
        private readonly string _host = new Uri(options.LiveBaseUrl).Authority;

        public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            if (!string.Equals(request.URI.Authority, _host, StringComparison.OrdinalIgnoreCase)) return;
            request.Headers.Remove("Authorization");
            request.Headers.Add("Authorization", await header(cancellationToken));
        }
    }
}
