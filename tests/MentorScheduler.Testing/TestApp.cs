using System.Net.Http.Headers;
using System.Net.Http.Json;
using MentorScheduler.Api.Simulation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MentorScheduler.Testing;

/// <summary>
/// The test world: the real app on Kestrel at a free loopback port (so its Graph client reaches the
/// in-process simulator over real HTTP), a fresh data folder with its own SQLite file, a
/// <see cref="FakeTimeProvider"/> the dev clock follows, and real tokens from the local issuer. Nothing leaves
/// the machine: <see cref="OutboundGuard"/> refuses, loudly, any call to another address.
/// </summary>
public class TestApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset DefaultNow = new(2027, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsDataDirectory;
    private readonly Dictionary<string, string?> _settings = new();
    private readonly List<Action<IServiceCollection>> _services = [];

    public TestApp(string? dataDirectory = null, FakeTimeProvider? clock = null)
    {
        _ownsDataDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? NewDataDirectory();
        Clock = clock ?? new FakeTimeProvider(DefaultNow);
        OutboundGuard.Install();
        UseKestrel();
    }

    public string DataDirectory { get; }

    /// <summary>The host environment's name: <c>Testing</c>, or <c>Benchmark</c> for the benchmarks.</summary>
    public string Environment { get; init; } = "Testing";

    /// <summary>Stands still until a test moves it (<c>SetUtcNow</c>, <c>Advance</c>); the app and its simulator read it.</summary>
    public FakeTimeProvider Clock { get; }

    public static string NewDataDirectory() => Path.Combine(Path.GetTempPath(), "mentorscheduler-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Listens on this loopback port instead of a free one (for an address the app must know before it starts).</summary>
    public TestApp OnPort(int port)
    {
        UseKestrel(port);
        return this;
    }

    /// <summary>A loopback port free right now.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public TestApp WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    public TestApp WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<HttpClient, TestApp> Owners = new();

    /// <summary>The app a client made by <see cref="Anonymous"/> (or on top of it) talks to, so a helper given a client can act as another person there.</summary>
    public static TestApp Of(HttpClient client) =>
        Owners.TryGetValue(client, out var app) ? app : throw new InvalidOperationException("This client was not made by a TestApp.");

    /// <summary>How this app's world makes a signed-in client for a person: the local issuer's token by default (LiveWorld: Entra's).</summary>
    public Func<string, Task<HttpClient>>? Clients { get; set; }

    /// <summary>A signed-in client for this person, the way this world signs people in.</summary>
    public Task<HttpClient> PersonClient(string user) => Clients?.Invoke(user) ?? ClientFor(user);

    /// <summary>A client with no token.</summary>
    public HttpClient Anonymous()
    {
        StartServer();
        var client = CreateClient();
        Owners.AddOrUpdate(client, this);
        return client;
    }

    /// <summary>Waits until every mail the app owes now (proposals, answers; not check-ins planned for later) has left its outbox.</summary>
    public async Task OutboxSentAsync()
    {
        await Eventually.Until(async () =>
        {
            using var scope = Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MentorScheduler.Api.Data.MentorSchedulerDb>();
            var nowMs = Clock.GetUtcNow().ToUnixTimeMilliseconds();
            return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.OutboxMail,
                m => m.SentAt == null && !m.Failed && m.AvailableAtMs <= nowMs);
        }, unsent => unsent == 0, "the outbox to send its mails");
    }

    /// <summary>The mails in the outbox (of one kind, or all), as stored.</summary>
    public async Task<List<MentorScheduler.Api.Mail.OutboxMail>> OutboxAsync(string? kind = null)
    {
        using var scope = Services.CreateScope();
        var mails = Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(
            scope.ServiceProvider.GetRequiredService<MentorScheduler.Api.Data.MentorSchedulerDb>().OutboxMail);
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(kind is null ? mails : mails.Where(m => m.Kind == kind));
    }

    /// <summary>A demo user's inbox in the simulator (the local part of the UPN is enough), up to 100 messages.</summary>
    public async Task<List<Microsoft.Graph.Models.Message>> InboxAsync(string user) =>
        (await Graph().Users[DemoUsers.Upn(user)].MailFolders["inbox"].Messages.GetAsync(rc => rc.QueryParameters.Top = 100))!.Value!;

    /// <summary>A client carrying a real token for a demo user (the local part of the UPN is enough).</summary>
    public async Task<HttpClient> ClientFor(string user)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenFor(user));
        return client;
    }

    /// <summary>A Graph SDK client on the app's simulator, for tests to look at mailboxes as Graph shows them.</summary>
    public Microsoft.Graph.GraphServiceClient Graph()
    {
        var root = new Uri(Anonymous().BaseAddress!, "/graph-sim/v1.0").ToString();
        return new Microsoft.Graph.GraphServiceClient(Microsoft.Graph.GraphClientFactory.Create(),
            new Microsoft.Kiota.Abstractions.Authentication.AnonymousAuthenticationProvider(), root);
    }

    /// <summary>Makes the simulator answer matching Graph requests with a fault (Faults/README.md).</summary>
    public async Task InjectFault(object rule)
    {
        using var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/graph-sim/admin/faults", rule);
        response.EnsureSuccessStatusCode();
    }

    public async Task ClearFaults()
    {
        using var client = Anonymous();
        using var response = await client.DeleteAsync("/graph-sim/admin/faults");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits until the simulator's fault rules have acted on at least this many requests (one is being held, say).</summary>
    public Task<int> FaultsFiredAsync(int atLeast = 1) =>
        Eventually.Until(async () =>
        {
            using var client = Anonymous();
            var rules = await client.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/graph-sim/admin/faults");
            return rules!.Sum(r => r.GetProperty("fired").GetInt32());
        }, fired => fired >= atLeast, $"the fault rules to act on {atLeast} request(s)");

    /// <summary>Graph operations the simulator has answered, by route template.</summary>
    public async Task<Dictionary<string, int>> GraphCounters()
    {
        using var client = Anonymous();
        var body = await client.GetFromJsonAsync<CountersBody>("/graph-sim/admin/counters");
        return body!.ByRoute;
    }

    /// <summary>
    /// A token signed by the app's local issuer with exactly these claims (issuer, audience and lifetime added),
    /// for tests of what the policies refuse: no scope, another tenant, a role without the scope.
    /// </summary>
    public string TokenWithClaims(IDictionary<string, object> claims)
    {
        StartServer();
        var issuer = Services.GetRequiredService<MentorScheduler.Api.Identity.LocalTokenIssuer>();
        var now = Clock.GetUtcNow().UtcDateTime;
        return new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = MentorScheduler.Api.Identity.LocalTokenIssuer.Issuer,
            Audience = MentorScheduler.Api.Identity.LocalTokenIssuer.Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Claims = claims,
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(issuer.SigningKey, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256),
        });
    }

    public async Task<string> TokenFor(string user)
    {
        var upn = DemoUsers.Upn(user);
        using var anonymous = Anonymous();
        using var response = await anonymous.PostAsJsonAsync("/dev/token", new { upn });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        return body!.AccessToken;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        // Outside Development the mode must be said; the test world is the simulated tenant.
        builder.UseSetting("Graph:Mode", "Simulated");
        // The SDK's retry handler stays in the pipeline; without Retry-After it retries at once in tests.
        builder.UseSetting("Graph:RetryDelaySeconds", "0");
        // Tests run the agenda sweep through its endpoint, never on a timer.
        builder.UseSetting("Agendas:SweepOnTimer", "false");
        // The notification worker looks at its queue every second (real time) when nothing woke it: retries come soon.
        builder.UseSetting("Notifications:PollInterval", "00:00:01");
        // Tests start from an empty record: no demo mentor profiles (a test that wants some says so).
        builder.UseSetting("Simulation:SeedMentorProfiles", "false");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddKeyedSingleton<TimeProvider>(SimulationApi.ClockSourceKey, Clock);
            foreach (var configure in _services) configure(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDataDirectory) TryDelete(DataDirectory);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDataDirectory) TryDelete(DataDirectory);
        GC.SuppressFinalize(this);
    }

    private static void TryDelete(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request; the temp folder is cleaned by the OS later.
        }
    }

    private sealed record TokenBody(string AccessToken, int ExpiresIn);

    private sealed record CountersBody(int HttpRequests, int Operations, Dictionary<string, int> ByRoute);
}
