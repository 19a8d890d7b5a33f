using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Pane.Outlook;

/// <summary>
/// Plays Entra's sign-in endpoints at login.microsoftonline.com for Chromium, as MSAL's standard client meets
/// them in the Office dialog: discovery, the authorize endpoint (answering with a code, or holding on a sign-in
/// page while <see cref="HoldSignIn"/> is set, as Entra does while the person types) and the token endpoint,
/// which checks the PKCE verifier against the challenge and the nonce, and returns the API's token.
/// </summary>
public sealed class EntraSignInRoutes(string tenantId, string objectId, string upn, string name, string addinClientId, Func<string> apiToken)
{
    private const string Host = "https://login.microsoftonline.com";
    private readonly ConcurrentDictionary<string, (string Challenge, string Nonce, string RedirectUri)> _codes = new();

    /// <summary>Each authorize request's query, in order.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> Authorizations { get; } = new();

    /// <summary>The tenant segment of each authorize request's path.</summary>
    public ConcurrentQueue<string> AuthorizeTenants { get; } = new();

    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    /// <summary>Requests this fake does not know, or refused (a test fails on any).</summary>
    public ConcurrentQueue<string> Refused { get; } = new();

    public bool HoldSignIn { get; set; }

    public Task InstallAsync(IBrowserContext context) => context.RouteAsync($"{Host}/**", HandleAsync);

    private async Task HandleAsync(IRoute route)
    {
        var request = route.Request;
        var url = new Uri(request.Url);
        var segments = url.AbsolutePath.Trim('/').Split('/');
        if (request.Method == "OPTIONS")
            await route.FulfillAsync(new RouteFulfillOptions { Status = 204, Headers = Cors(request) });
        else if (url.AbsolutePath.EndsWith("/v2.0/.well-known/openid-configuration", StringComparison.Ordinal))
            await Json(route, Metadata(segments[0]));
        else if (url.AbsolutePath == "/common/discovery/instance")
            await Json(route, InstanceDiscovery(url));
        else if (segments is [var tenant, "oauth2", "v2.0", "authorize"])
            await AuthorizeAsync(route, tenant, Query(url.Query));
        else if (segments is [_, "oauth2", "v2.0", "token"] && request.Method == "POST")
            await TokenAsync(route, Query(request.PostData ?? ""));
        else
        {
            Refused.Enqueue($"{request.Method} {url}");
            await route.FulfillAsync(new RouteFulfillOptions { Status = 404, Headers = Cors(request) });
        }
    }

    private async Task AuthorizeAsync(IRoute route, string tenant, Dictionary<string, string> query)
    {
        Authorizations.Enqueue(query);
        AuthorizeTenants.Enqueue(tenant);
        if (HoldSignIn)
        {
            await route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html",
                Body = "<!doctype html><html lang=\"en\"><title>Sign in to your account</title><h1>Sign in</h1><p>Waiting for you to sign in…</p></html>",
            });
            return;
        }
        if (query.GetValueOrDefault("client_id") != addinClientId || query.GetValueOrDefault("code_challenge_method") != "S256"
            || !query.TryGetValue("code_challenge", out var challenge) || !query.TryGetValue("redirect_uri", out var redirect))
        {
            Refused.Enqueue("authorize without the add-in's client id, an S256 code challenge or a redirect URI");
            await route.FulfillAsync(new RouteFulfillOptions { Status = 400 });
            return;
        }
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = (challenge, query.GetValueOrDefault("nonce") ?? "", redirect);
        var answer = $"code={code}&state={Uri.EscapeDataString(query.GetValueOrDefault("state") ?? "")}&client_info={ClientInfo()}";
        var separator = query.GetValueOrDefault("response_mode") == "query" ? "?" : "#";
        await route.FulfillAsync(new RouteFulfillOptions { Status = 302, Headers = new Dictionary<string, string> { ["Location"] = redirect + separator + answer } });
    }

    private async Task TokenAsync(IRoute route, Dictionary<string, string> form)
    {
        TokenRequests.Enqueue(form);
        var code = form.GetValueOrDefault("code") ?? "";
        if (form.GetValueOrDefault("grant_type") != "authorization_code" || !_codes.TryRemove(code, out var issued)
            || Pkce(form.GetValueOrDefault("code_verifier") ?? "") != issued.Challenge || form.GetValueOrDefault("redirect_uri") != issued.RedirectUri)
        {
            Refused.Enqueue("token request without a code this fake issued, its PKCE verifier or its redirect URI");
            await route.FulfillAsync(new RouteFulfillOptions { Status = 400, Headers = Cors(route.Request), ContentType = "application/json", Body = """{"error":"invalid_grant"}""" });
            return;
        }
        await route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            Headers = Cors(route.Request),
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["scope"] = form.GetValueOrDefault("scope") ?? "",
                ["expires_in"] = 3599,
                ["ext_expires_in"] = 3599,
                ["access_token"] = apiToken(),
                ["refresh_token"] = "refresh-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
                ["id_token"] = IdToken(issued.Nonce),
                ["client_info"] = ClientInfo(),
            }),
        });
    }

    // The browser's own clock, which MSAL reads: this is what Entra would stamp.
    private string IdToken(string nonce)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["iss"] = $"{Host}/{tenantId}/v2.0",
            ["aud"] = addinClientId,
            ["tid"] = tenantId,
            ["oid"] = objectId,
            ["sub"] = objectId,
            ["preferred_username"] = upn,
            ["name"] = name,
            ["nonce"] = nonce,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + 3600,
        };
        return $"{Base64Url("""{"alg":"RS256","typ":"JWT","kid":"fake"}""")}.{Base64Url(JsonSerializer.Serialize(claims))}.c2lnbmF0dXJl";
    }

    private string ClientInfo() => Base64Url(JsonSerializer.Serialize(new { uid = objectId, utid = tenantId }));

    private static Dictionary<string, object> Metadata(string tenant) => new()
    {
        ["issuer"] = $"{Host}/{{tenantid}}/v2.0",
        ["authorization_endpoint"] = $"{Host}/{tenant}/oauth2/v2.0/authorize",
        ["token_endpoint"] = $"{Host}/{tenant}/oauth2/v2.0/token",
        ["end_session_endpoint"] = $"{Host}/{tenant}/oauth2/v2.0/logout",
        ["jwks_uri"] = $"{Host}/{tenant}/discovery/v2.0/keys",
        ["response_modes_supported"] = new[] { "query", "fragment", "form_post" },
    };

    private static Dictionary<string, object> InstanceDiscovery(Uri url) => new()
    {
        ["tenant_discovery_endpoint"] = $"{Host}/{Uri.UnescapeDataString(Query(url.Query).GetValueOrDefault("authorization_endpoint") ?? "").Split('/')[3]}/v2.0/.well-known/openid-configuration",
        ["api-version"] = "1.1",
        ["metadata"] = new[] { new { preferred_network = "login.microsoftonline.com", preferred_cache = "login.windows.net", aliases = new[] { "login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net" } } },
    };

    private static Task Json(IRoute route, object body) => route.FulfillAsync(new RouteFulfillOptions
    {
        Status = 200,
        Headers = Cors(route.Request),
        ContentType = "application/json",
        Body = JsonSerializer.Serialize(body),
    });

    private static Dictionary<string, string> Cors(IRequest request) => new()
    {
        ["Access-Control-Allow-Origin"] = request.Headers.GetValueOrDefault("origin") ?? "*",
        ["Access-Control-Allow-Headers"] = "*",
        ["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS",
    };

    private static Dictionary<string, string> Query(string text) => text.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(pair => pair.Split('=', 2))
        .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : "");

    private static string Pkce(string verifier) => Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    private static string Base64Url(string text) => Base64Url(Encoding.UTF8.GetBytes(text));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
