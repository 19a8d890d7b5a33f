using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using MentorScheduler.Api.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Net.Http.Headers;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// Live mode: Microsoft Graph with the app registration's certificate or secret. Calls made for a user
/// during a request use on-behalf-of with the caller's token; background work uses the app's own credential.
/// </summary>
public sealed class LiveGraphClients(IOptions<EntraOptions> entra, IOptions<GraphOptions> graph, IHttpContextAccessor accessor)
    : IGraphClients, IDisposable
{
    private static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];
    private readonly HttpClient _http = GraphHttp.Create(graph.Value);
    private readonly ConcurrentDictionary<string, GraphServiceClient> _appClients = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lazy<X509Certificate2?> _certificate = new(() => LoadCertificate(entra.Value));

    public GraphServiceClient ForCurrentUser()
    {
        var context = accessor.HttpContext ?? throw new InvalidOperationException("ForCurrentUser is only available during a request.");
        var header = context.Request.Headers[HeaderNames.Authorization].ToString();
        var assertion = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
        if (string.IsNullOrEmpty(assertion)) throw new InvalidOperationException("On-behalf-of needs the caller's bearer token.");

        var tenantId = context.RequestServices.GetRequiredService<CurrentUser>().TenantId;
        var app = entra.Value;
        TokenCredential credential = _certificate.Value is { } certificate
            ? new OnBehalfOfCredential(tenantId, app.ClientId, certificate, assertion)
            : new OnBehalfOfCredential(tenantId, app.ClientId, app.ClientSecret, assertion);
        return Build(credential);
    }

    public GraphServiceClient ForTenant(string tenantId) => _appClients.GetOrAdd(tenantId, tid =>
    {
        var app = entra.Value;
        TokenCredential credential = _certificate.Value is { } certificate
            ? new ClientCertificateCredential(tid, app.ClientId, certificate)
            : new ClientSecretCredential(tid, app.ClientId, app.ClientSecret);
        return Build(credential);
    });

    public void Dispose()
    {
        _http.Dispose();
        if (_certificate.IsValueCreated) _certificate.Value?.Dispose();
    }

    private GraphServiceClient Build(TokenCredential credential) =>
        new(_http, new AzureIdentityAuthenticationProvider(credential, scopes: Scopes), graph.Value.LiveBaseUrl);

    private static X509Certificate2? LoadCertificate(EntraOptions app) =>
        string.IsNullOrWhiteSpace(app.CertificatePath) ? null
        : app.CertificatePath.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
            ? X509Certificate2.CreateFromPemFile(app.CertificatePath)
            : X509CertificateLoader.LoadPkcs12FromFile(app.CertificatePath, app.CertificatePassword);
}
