using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace MentorScheduler.Testing;

/// <summary>
/// Microsoft Entra ID as the product sees it, played by WireMock.Net over HTTPS on a loopback port with a
/// self-signed certificate that only this fake's <see cref="TrustingHandler"/> trusts: OpenID discovery with
/// the <c>{tenantid}</c> issuer template, JWKS with a test signing key, and the token endpoint answering
/// on-behalf-of and client-credentials requests (refusing an app token for <c>organizations</c> or
/// <c>common</c>, as Entra does). Tokens carry what the tenant consented: the delegated scopes and the
/// application roles given at construction. Every token request is counted. Tokens for the API follow the
/// test's clock; tokens for Graph follow the wall clock, which is what MSAL caches them by.
/// </summary>
public sealed class FakeEntra : IDisposable
{
    public const string GraphAudience = "https://graph.microsoft.com";
    public const string KeyId = "fake-entra-key";

    private readonly WireMockServer _server;
    private readonly X509Certificate2 _certificate;
    private readonly RSA _key = RSA.Create(2048);
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<TokenRequest> _requests = new();
    private readonly ConcurrentQueue<string> _issued = new();

    public FakeEntra(TimeProvider clock, string clientId, string clientSecret, IEnumerable<string> delegatedScopes, IEnumerable<string> applicationRoles)
    {
        _clock = clock;
        ClientId = clientId;
        ClientSecret = clientSecret;
        DelegatedScopes = delegatedScopes.ToList();
        ApplicationRoles = applicationRoles.ToList();
        _certificate = SelfSigned();
        var port = FreePort();
        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"https://localhost:{port}"],
            UseSSL = true,
            CertificateSettings = new WireMockCertificateSettings { X509Certificate = _certificate },
            StartAdminInterface = false,
        });
        Instance = $"https://localhost:{port}/";
        SigningKey = new RsaSecurityKey(_key) { KeyId = KeyId };
        Map();
    }

    /// <summary>The authority host, as <c>AzureAd:Instance</c> takes it (with the trailing slash).</summary>
    public string Instance { get; }

    public string ClientId { get; }

    public string ClientSecret { get; }

    public IReadOnlyList<string> DelegatedScopes { get; }

    public IReadOnlyList<string> ApplicationRoles { get; }

    /// <summary>The key Entra signs with; the strict Graph simulator trusts it.</summary>
    public SecurityKey SigningKey { get; }

    /// <summary>The issuer template tokens follow, with <c>{tenantid}</c> for the tenant.</summary>
    public string IssuerTemplate => $"{Instance}{{tenantid}}/v2.0";

    /// <summary>Every request to the token endpoint, in order.</summary>
    public IReadOnlyList<TokenRequest> Requests => _requests.ToList();

    /// <summary>
    /// When set, on-behalf-of requests are refused as Entra refuses them when the user must act: <c>invalid_grant</c>
    /// with this description (an AADSTS code) and, for a claims challenge, these claims.
    /// </summary>
    public (string Description, string? SubError, string? Claims)? OnBehalfOfRefusal { get; set; }

    /// <summary>How long the token endpoint's tokens last (<c>expires_in</c>); MSAL renews a token in its last five minutes.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromSeconds(3599);

    /// <summary>When set, tokens for Graph follow the test's clock too (so a test can make Graph see a cached token as expired).</summary>
    public bool GraphTokensFollowTestClock { get; set; }

    /// <summary>Every access token the token endpoint gave out (to look for them where they must not be).</summary>
    public IReadOnlyList<string> IssuedTokens => _issued.ToList();

    /// <summary>A handler that trusts this fake's certificate and nothing else self-signed (for the app's Entra client).</summary>
    public HttpMessageHandler TrustingHandler()
    {
        var thumbprint = _certificate.Thumbprint;
        return new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, errors) =>
                    errors == SslPolicyErrors.None || (certificate is not null && certificate.GetCertHashString() == thumbprint),
            },
        };
    }

    /// <summary>An access token for the API, as the pane would get it for a user (v2: the audience is the client id).</summary>
    public string UserToken(string tenantId, string objectId, string upn, string name, string? scope = "access_as_user",
        IEnumerable<string>? roles = null, string? audience = null, DateTimeOffset? expires = null, SecurityKey? signedWith = null, string? issuer = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["tid"] = tenantId,
            ["oid"] = objectId,
            ["sub"] = objectId,
            ["preferred_username"] = upn,
            ["name"] = name,
            ["azp"] = Guid.Empty.ToString(),
        };
        if (scope is not null) claims["scp"] = scope;
        if (roles?.ToArray() is { Length: > 0 } r) claims["roles"] = r;
        return Sign(claims, issuer ?? Issuer(tenantId), audience ?? ClientId, expires, signedWith);
    }

    /// <summary>A Graph token for a user as Outlook itself would hold one (for a test to act as that person in their mailbox).</summary>
    public string GraphTokenFor(string tenantId, string objectId, string upn, string scopes = "Calendars.ReadWrite Mail.Read") =>
        Sign(new Dictionary<string, object>
        {
            ["tid"] = tenantId,
            ["oid"] = objectId,
            ["upn"] = upn,
            ["idtyp"] = "user",
            ["appid"] = "d3590ed6-52b3-4102-aeff-aad2292ab01c",
            ["scp"] = scopes,
        }, Issuer(tenantId), GraphAudience);

    /// <summary>An app-only Graph token for a tenant with these roles (as if consented), for tests of what Graph refuses.</summary>
    public string AppGraphTokenFor(string tenantId, params string[] roles) =>
        Sign(new Dictionary<string, object>
        {
            ["tid"] = tenantId,
            ["oid"] = "7a1d5e2c-0000-4000-8000-5e7c1ce0a9b1",
            ["idtyp"] = "app",
            ["appid"] = ClientId,
            ["roles"] = roles,
        }, Issuer(tenantId), GraphAudience);

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
        _certificate.Dispose();
        _key.Dispose();
    }

    private string Issuer(string tenantId) => $"{Instance}{tenantId}/v2.0";

    /// <summary>
    /// Signs a token. Tokens for the API follow the test's clock (the API judges them by its injected clock);
    /// tokens for Graph follow the wall clock, as MSAL caches them and as Graph judges them.
    /// </summary>
    private string Sign(Dictionary<string, object> claims, string issuer, string audience, DateTimeOffset? expires = null, SecurityKey? key = null)
    {
        var now = (audience == GraphAudience && !GraphTokensFollowTestClock ? TimeProvider.System : _clock).GetUtcNow();
        var until = expires ?? now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (until < now ? until.AddHours(-1) : now).UtcDateTime,
            NotBefore = (until < now ? until.AddHours(-1) : now).UtcDateTime,
            Expires = until.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key ?? SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private void Map()
    {
        _server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher(@"^/[^/]+/v2\.0/\.well-known/openid-configuration$")).UsingGet())
            .RespondWith(Response.Create().WithCallback(request => Json(Discovery(request.AbsolutePathSegments[0]))));
        _server.Given(Request.Create().WithPath("/common/discovery/v2.0/keys").UsingGet())
            .RespondWith(Response.Create().WithCallback(_ => Json(Keys())));
        _server.Given(Request.Create().WithPath(new WireMock.Matchers.RegexMatcher(@"^/[^/]+/oauth2/v2\.0/token$")).UsingPost())
            .RespondWith(Response.Create().WithCallback(Token));
    }

    private Dictionary<string, object> Discovery(string tenant) => new()
    {
        ["issuer"] = tenant is "organizations" or "common" ? IssuerTemplate : Issuer(tenant),
        ["authorization_endpoint"] = $"{Instance}{tenant}/oauth2/v2.0/authorize",
        ["token_endpoint"] = $"{Instance}{tenant}/oauth2/v2.0/token",
        ["jwks_uri"] = $"{Instance}common/discovery/v2.0/keys",
        ["response_types_supported"] = new[] { "code", "id_token", "code id_token", "id_token token" },
        ["subject_types_supported"] = new[] { "pairwise" },
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["tenant_region_scope"] = "EU",
    };

    private Dictionary<string, object> Keys()
    {
        var parameters = _key.ExportParameters(false);
        return new Dictionary<string, object>
        {
            ["keys"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = KeyId,
                    ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    ["issuer"] = IssuerTemplate,
                },
            },
        };
    }

    private IResponseMessage Token(IRequestMessage request)
    {
        var tenant = request.AbsolutePathSegments[0];
        var form = (request.Body ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => WebUtility.UrlDecode(p[0]), p => p.Length > 1 ? WebUtility.UrlDecode(p[1]) : string.Empty, StringComparer.Ordinal);
        var grant = form.GetValueOrDefault("grant_type") ?? string.Empty;

        if (form.GetValueOrDefault("client_id") != ClientId || form.GetValueOrDefault("client_secret") != ClientSecret)
            return Refuse(tenant, grant, null, 401, "invalid_client", "AADSTS7000215: Invalid client secret provided.");
        if (!Guid.TryParse(tenant, out _))
            return Refuse(tenant, grant, null, 400, "invalid_request",
                $"AADSTS90002: Tenant '{tenant}' cannot be used here: token requests for an application or on behalf of a user name the tenant.");

        if (grant == "client_credentials")
        {
            _requests.Enqueue(new TokenRequest("app", tenant, null, 200));
            return Json(Issued(new Dictionary<string, object>
            {
                ["tid"] = tenant,
                ["oid"] = "7a1d5e2c-0000-4000-8000-5e7c1ce0a9b1",
                ["idtyp"] = "app",
                ["appid"] = ClientId,
                ["roles"] = ApplicationRoles.ToArray(),
            }, tenant));
        }
        if (grant == "urn:ietf:params:oauth:grant-type:jwt-bearer" && form.GetValueOrDefault("requested_token_use") == "on_behalf_of")
        {
            var assertion = new JsonWebToken(form.GetValueOrDefault("assertion") ?? string.Empty);
            var oid = assertion.TryGetPayloadValue<string>("oid", out var o) ? o : string.Empty;
            var tid = assertion.TryGetPayloadValue<string>("tid", out var t) ? t : string.Empty;
            if (tid != tenant) return Refuse(tenant, "obo", oid, 400, "invalid_grant", "AADSTS50013: Assertion is not valid for this tenant.");
            if (OnBehalfOfRefusal is { } refusal)
                return Refuse(tenant, grant, oid, 400, "invalid_grant", refusal.Description, refusal.SubError, refusal.Claims);
            _requests.Enqueue(new TokenRequest("obo", tenant, oid, 200));
            return Json(Issued(new Dictionary<string, object>
            {
                ["tid"] = tenant,
                ["oid"] = oid,
                ["upn"] = assertion.TryGetPayloadValue<string>("preferred_username", out var upn) ? upn : string.Empty,
                ["idtyp"] = "user",
                ["appid"] = ClientId,
                ["scp"] = string.Join(' ', DelegatedScopes),
            }, tenant));
        }
        return Refuse(tenant, grant, null, 400, "unsupported_grant_type", $"AADSTS70003: The grant type '{grant}' is not supported here.");
    }

    private Dictionary<string, object> Issued(Dictionary<string, object> claims, string tenant)
    {
        var lifetime = (int)TokenLifetime.TotalSeconds;
        var token = Sign(claims, Issuer(tenant), GraphAudience);
        _issued.Enqueue(token);
        return new Dictionary<string, object>
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = lifetime,
            ["ext_expires_in"] = lifetime,
            ["access_token"] = token,
        };
    }

    private ResponseMessage Refuse(string tenant, string grant, string? user, int status, string error, string description,
        string? subError = null, string? claims = null)
    {
        _requests.Enqueue(new TokenRequest(grant == "client_credentials" ? "app" : grant.Contains("jwt-bearer", StringComparison.Ordinal) ? "obo" : grant, tenant, user, status));
        var body = new Dictionary<string, object> { ["error"] = error, ["error_description"] = description, ["error_codes"] = new[] { 0 } };
        if (subError is not null) body["suberror"] = subError;
        if (claims is not null) body["claims"] = claims;
        return Json(body, status);
    }

    private static ResponseMessage Json(object body, int status = 200) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new WireMockList<string>("application/json; charset=utf-8") },
        BodyData = new BodyData { BodyAsString = JsonSerializer.Serialize(body), DetectedBodyType = BodyType.String },
    };

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>One request to the token endpoint.</summary>
    /// <param name="Kind"><c>obo</c> or <c>app</c>.</param>
    /// <param name="Tenant">The tenant in the request's path.</param>
    /// <param name="User">The user's object id, for on-behalf-of.</param>
    /// <param name="Status">What the fake answered.</param>
    public sealed record TokenRequest(string Kind, string Tenant, string? User, int Status);
}
