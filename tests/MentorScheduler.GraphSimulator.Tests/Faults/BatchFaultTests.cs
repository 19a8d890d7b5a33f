using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;

namespace MentorScheduler.GraphSimulator.Tests.Faults;

public sealed class BatchFaultTests
{
    private const string Adele = "adele.vance@contoso.example";
    private const string Alex = "alex.wilber@contoso.example";
    private static readonly string[] AfterSend = ["send"];

    [Fact]
    public async Task AStepInsideABatchGetsItsOwn429WithRetryAfterWhileTheBatchAnswers200()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = $"GET /users/{Alex}", status = 429, retryAfterSeconds = 2, count = 1 });
        var batch = new BatchRequestContentCollection(sim.Graph);
        var adele = await batch.AddBatchRequestStepAsync(sim.Graph.Users[Adele].ToGetRequestInformation());
        var alex = await batch.AddBatchRequestStepAsync(sim.Graph.Users[Alex].ToGetRequestInformation());

        var responses = await sim.Graph.Batch.PostAsync(batch);
        var statuses = await responses.GetResponsesStatusCodesAsync();
        using var throttled = await responses.GetResponseByIdAsync(alex);

        Assert.Equal(HttpStatusCode.OK, statuses[adele]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[alex]);
        Assert.Equal("2", Assert.Single(throttled.Headers.GetValues("Retry-After")));
        Assert.Contains("TooManyRequests", await throttled.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Adele Vance", (await responses.GetResponseByIdAsync<User>(adele)).DisplayName);
        Assert.Equal(1, await admin.RouteCountAsync("POST /$batch"));
    }

    [Fact]
    public async Task AThrottledStepFailsItsDependants()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "POST /users/*/sendMail", status = 429, count = 1 });

        using var response = await admin.Raw.PostAsJsonAsync($"{sim.ServiceRoot}/$batch", new
        {
            requests = new object[]
            {
                new { id = "send", method = "POST", url = $"/users/{Adele}/sendMail", headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
                      body = new { message = new { subject = "Hi", toRecipients = new[] { new { emailAddress = new { address = Alex } } } } } },
                new { id = "read", method = "GET", url = $"/users/{Alex}/messages", dependsOn = AfterSend },
            },
        });
        var results = (await response.Content.ReadFromJsonAsync<JsonObject>())!["responses"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([429, 424], results.Select(r => r!["status"]!.GetValue<int>()));
        Assert.Equal("1", results[0]!["headers"]!["Retry-After"]!.GetValue<string>());
    }

    [Fact]
    public async Task CatchAllRulesFaultStepsButNotTheBatchEnvelope()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "*", status = 503, count = 1 });
        var batch = new BatchRequestContentCollection(sim.Graph);
        var step = await batch.AddBatchRequestStepAsync(sim.Graph.Users[Adele].ToGetRequestInformation());

        var responses = await sim.Graph.Batch.PostAsync(batch);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await responses.GetResponsesStatusCodesAsync())[step]);
    }

    [Fact]
    public async Task ARuleNamingTheBatchFaultsTheWholeEnvelope()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "POST /$batch", status = 429, count = 1 });

        using var response = await admin.Raw.PostAsJsonAsync($"{sim.ServiceRoot}/$batch", new
        {
            requests = new[] { new { id = "1", method = "GET", url = $"/users/{Adele}" } },
        });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(0, await admin.RouteCountAsync("GET /users/{key}"));
    }
}
