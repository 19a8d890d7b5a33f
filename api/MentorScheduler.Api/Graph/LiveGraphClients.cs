using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Identity.Abstractions;
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
public sealed class LiveGraphClients(IAuthorizationHeaderProvider tokens, IHttpContextAccessor accessor, IOptions<GraphOptions> graph) : IGraphClients, IDisposable
{
    private readonly HttpClient _http = GraphHttp.Create(graph.Value);
    private readonly ConcurrentDictionary<string, GraphServiceClient> _appClients = new(StringComparer.OrdinalIgnoreCase);
    private GraphServiceClient? _userClient;

    public GraphServiceClient ForCurrentUser() =>
        _userClient ??= Build(new BearerProvider(graph.Value, ct =>
        {
            var user = accessor.HttpContext?.User ?? throw new InvalidOperationException("Graph calls for the signed-in user happen only during their request.");
            return tokens.CreateAuthorizationHeaderForUserAsync([graph.Value.Scope], claimsPrincipal: user, cancellationToken: ct);
        }));

    public GraphServiceClient ForTenant(string tenantId)
    {
        if (!Guid.TryParse(tenantId, out _))
            throw new ArgumentException($"App-only Graph calls name their tenant by id; '{tenantId}' is not one.", nameof(tenantId));
        return _appClients.GetOrAdd(tenantId, tid => Build(new BearerProvider(graph.Value, ct =>
            tokens.CreateAuthorizationHeaderForAppAsync(graph.Value.Scope,
                new AuthorizationHeaderProviderOptions { AcquireTokenOptions = new AcquireTokenOptions { Tenant = tid } }, ct))));
    }

    public void Dispose() => _http.Dispose();

    private GraphServiceClient Build(IAuthenticationProvider provider) => new(_http, provider, graph.Value.LiveBaseUrl);

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
