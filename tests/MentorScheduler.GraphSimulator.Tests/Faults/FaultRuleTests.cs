using System.Net;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MentorScheduler.GraphSimulator.Tests.Faults;

public sealed class FaultRuleTests
{
    private const string Adele = "adele.vance@contoso.example";

    [Fact]
    public async Task ABurstOf429IsSurvivedByTheSdksRetryHandler()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "GET /users/*", status = 429, retryAfterSeconds = 1, count = 2 });

        var user = await sim.Graph.Users[Adele].GetAsync();

        Assert.Equal("Adele Vance", user!.DisplayName);
        Assert.Equal(3, await admin.RouteCountAsync("GET /users/{key}"));
        var counters = await admin.CountersAsync();
        Assert.Equal(3, counters["httpRequests"]!.GetValue<long>());
        Assert.Equal(3, counters["operations"]!.GetValue<long>());
    }

    [Fact]
    public async Task A429AnswersGraphsErrorWithRetryAfter()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "GET /users/{key}", status = 429, retryAfterSeconds = 7, count = 1 });

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].GetAsync(NoRetry));

        Assert.Equal(429, error.ResponseStatusCode);
        Assert.Equal("TooManyRequests", error.Error!.Code);
        Assert.Equal("Application is over its MailboxConcurrency limit.", error.Error.Message);
        Assert.Equal(["7"], error.ResponseHeaders["Retry-After"]);
        Assert.NotNull(await sim.Graph.Users[Adele].GetAsync(NoRetry));
    }

    [Fact]
    public async Task A503AnswersServiceUnavailableWithRetryAfterAndIsRetried()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "GET /users/*/mailboxSettings", status = 503, retryAfterSeconds = 0, count = 2 });

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].MailboxSettings.GetAsync(NoRetry));
        var settings = await sim.Graph.Users[Adele].MailboxSettings.GetAsync();

        Assert.Equal(503, error.ResponseStatusCode);
        Assert.Equal("ServiceUnavailable", error.Error!.Code);
        Assert.Equal(["0"], error.ResponseHeaders["Retry-After"]);
        Assert.Equal("GMT Standard Time", settings!.TimeZone);
        Assert.Equal(3, await admin.RouteCountAsync("GET /users/{key}/mailboxSettings"));
    }

    [Fact]
    public async Task A504AnswersGatewayTimeoutWithoutRetryAfter()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "*", status = 504 });

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].GetAsync(NoRetry));

        Assert.Equal(504, error.ResponseStatusCode);
        Assert.Equal("GatewayTimeout", error.Error!.Code);
        Assert.False(error.ResponseHeaders.ContainsKey("Retry-After"));
    }

    [Fact]
    public async Task AShareRuleFaultsTheSameSeededPartOfTheTrafficEachTime()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);

        async Task<string> PatternAsync()
        {
            await admin.DeleteAsync("faults");
            await admin.AddFaultAsync(new { route = "GET /users/**", status = 429, share = 0.4, seed = 7 });
            var pattern = "";
            for (var i = 0; i < 30; i++)
            {
                using var response = await admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}"));
                pattern += response.StatusCode == HttpStatusCode.TooManyRequests ? 'x' : '.';
            }
            return pattern;
        }

        var first = await PatternAsync();
        var second = await PatternAsync();

        Assert.Equal(first, second);
        Assert.InRange(first.Count(c => c == 'x'), 4, 20);
    }

    [Fact]
    public async Task AnExhaustedCountedRuleLetsRequestsThroughAndShowsWhatItDid()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        var id = await admin.AddFaultAsync(new { route = "GET /users/{key}", status = 429, count = 1 });

        using var faulted = await admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}"));
        using var passed = await admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}"));
        using var rule = await admin.GetAsync($"faults/{id}");
        var shown = await rule.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, faulted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, passed.StatusCode);
        Assert.Contains("\"remaining\":0", shown, StringComparison.Ordinal);
        Assert.Contains("\"fired\":1", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARuleForOneRouteLeavesOtherRoutesAlone()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "POST /users/*/sendMail", status = 503 });

        using var get = await admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}"));
        using var send = await admin.Raw.PostAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}/sendMail"),
            new StringContent("""{"message":{"subject":"x","toRecipients":[{"emailAddress":{"address":"alex.wilber@contoso.example"}}]}}""",
                System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, send.StatusCode); // the rule does match its own route
    }

    private static void NoRetry<T>(Microsoft.Kiota.Abstractions.RequestConfiguration<T> rc) where T : class, new() =>
        rc.Options.Add(new RetryHandlerOption { MaxRetry = 0 });
}
