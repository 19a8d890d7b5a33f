using System.Net.Http.Headers;
using MentorScheduler.Api.Identity;
using MentorScheduler.GraphSimulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MentorScheduler.Testing;

/// <summary>
/// The Live-mode rehearsal: the real app in <c>Graph:Mode=Live</c>, with Microsoft.Identity.Web validating
/// tokens from <see cref="FakeEntra"/> and acquiring Graph tokens from it (on-behalf-of and app-only), against
/// the Graph simulator in strict-token mode. The tenant consents exactly what README's permission table lists.
/// </summary>
public sealed class LiveWorld : IAsyncDisposable
{
    public const string ClientId = "3b9f7a40-2c1d-4e8f-9a6b-5d4c3b2a1f00";
    public const string ClientSecret = "rehearsal-secret-not-a-real-one";

    /// <summary>The add-in's own registration (a single-page application), apart from the API's.</summary>
    public const string AddinClientId = "7d1e4b20-9a3c-4f5e-8b6d-2c0a1e9f3b57";

    private readonly bool _ownsEntra;
    private readonly bool _ownsGraph;

    private LiveWorld(FakeEntra entra, GraphHost graph, TestApp app, bool ownsEntra, bool ownsGraph)
    {
        Entra = entra;
        Graph = graph;
        App = app;
        _ownsEntra = ownsEntra;
        _ownsGraph = ownsGraph;
    }

    public FakeEntra Entra { get; }

    public GraphHost Graph { get; }

    public TestApp App { get; }

    public DemoTenant Tenant { get; } = DemoTenant.LoadDefault();

    /// <param name="dataDirectory">Share one to run two instances on one database.</param>
    /// <param name="clock">Share one with another world.</param>
    /// <param name="entra">Share the fake Entra (and its counts) with another instance.</param>
    /// <param name="graph">Share the Graph simulator with another instance.</param>
    /// <param name="applicationRoles">What the tenant consented as application permissions; README's table by default.</param>
    /// <param name="notificationUrl">Whether Graph:NotificationUrl is set (the app's own address); without it the app follows Outlook by reconciliation only.</param>
    public static async Task<LiveWorld> StartAsync(string? dataDirectory = null, FakeTimeProvider? clock = null, FakeEntra? entra = null, GraphHost? graph = null,
        IReadOnlyList<string>? applicationRoles = null, bool notificationUrl = true)
    {
        clock ??= new FakeTimeProvider(TestApp.DefaultNow);
        var (ownsEntra, ownsGraph) = (entra is null, graph is null);
        entra ??= new FakeEntra(clock, ClientId, ClientSecret, ReadmePermissions.Delegated(), applicationRoles ?? ReadmePermissions.Application());
        graph ??= await GraphHost.StartAsync(entra, clock);
        // Graph (the strict simulator) posts change notifications to the app, as to a public URL in production.
        var port = TestApp.FreePort();
        var app = new TestApp(dataDirectory, clock)
            .OnPort(port)
            .WithSetting("Graph:NotificationUrl", notificationUrl ? $"http://127.0.0.1:{port}/api/graph/notifications" : null)
            .WithSetting("Graph:Mode", "Live")
            .WithSetting("Graph:LiveBaseUrl", graph.Root)
            .WithSetting("AzureAd:Instance", entra.Instance)
            .WithSetting("AzureAd:TenantId", "organizations")
            .WithSetting("AzureAd:ClientId", ClientId)
            .WithSetting("AzureAd:ClientCredentials:0:SourceType", "ClientSecret")
            .WithSetting("AzureAd:ClientCredentials:0:ClientSecret", ClientSecret)
            .WithSetting("Addin:ClientId", AddinClientId)
            // The rehearsal reads the metrics an operator would scrape (off by default in Live mode).
            .WithSetting("Telemetry:PrometheusEndpoint", "true")
            .WithServices(services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddHttpClient(IdentitySetup.EntraHttpClient).ConfigurePrimaryHttpMessageHandler(entra.TrustingHandler);
            });
        var world = new LiveWorld(entra, graph, app, ownsEntra, ownsGraph);
        app.Clients = user => Task.FromResult(world.ClientFor(user));
        return world;
    }

    /// <summary>A token the pane would have for a demo user (roles from the tenant's app role assignments).</summary>
    public string TokenFor(string user)
    {
        var seed = Tenant.Users.Single(u => string.Equals(u.UserPrincipalName, DemoUsers.Upn(user), StringComparison.OrdinalIgnoreCase));
        return Entra.UserToken(Tenant.TenantId, seed.Id, seed.UserPrincipalName, seed.DisplayName, roles: seed.Roles);
    }

    public HttpClient ClientFor(string user) => ClientWith(TokenFor(user));

    /// <summary>A Graph SDK client on the strict simulator acting as this person in their own mailbox, as Outlook would.</summary>
    public Microsoft.Graph.GraphServiceClient OutlookOf(string user)
    {
        var seed = Tenant.Users.Single(u => string.Equals(u.UserPrincipalName, DemoUsers.Upn(user), StringComparison.OrdinalIgnoreCase));
        return Graph.ClientWith(Entra.GraphTokenFor(Tenant.TenantId, seed.Id, seed.UserPrincipalName));
    }

    /// <summary>The program admin (Diego) runs the agenda sweep: the HTTP answer, for the test to judge.</summary>
    public async Task<HttpResponseMessage> SweepAsync()
    {
        using var diego = ClientFor("diego.siciliani");
        return await diego.PostAsync("/api/admin/agenda-sweep", null);
    }

    public HttpClient ClientWith(string token)
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Token requests by kind (<c>obo</c>, <c>app</c>) that Entra answered 200.</summary>
    public int Exchanges(string kind) => Entra.Requests.Count(r => r.Kind == kind && r.Status == 200);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_ownsGraph) await Graph.DisposeAsync();
        if (_ownsEntra) Entra.Dispose();
    }
}
