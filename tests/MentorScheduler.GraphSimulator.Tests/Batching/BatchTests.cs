using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Tests.Faults;
using MentorScheduler.GraphSimulator.Tests.Mail;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace MentorScheduler.GraphSimulator.Tests.Batching;

public sealed class BatchTests
{
    private const string Adele = "adele.vance@contoso.example";
    private const string Alex = "alex.wilber@contoso.example";

    [Fact]
    public async Task TheSdksBatchReadsEachStepsTypedAnswer()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var batch = new BatchRequestContentCollection(sim.Graph);
        var adele = await batch.AddBatchRequestStepAsync(sim.Graph.Users[Adele].ToGetRequestInformation(rc => rc.QueryParameters.Select = ["id", "displayName"]));
        var settings = await batch.AddBatchRequestStepAsync(sim.Graph.Users[Alex].MailboxSettings.ToGetRequestInformation());
        var mail = await batch.AddBatchRequestStepAsync(sim.Graph.Users[Adele].SendMail.ToPostRequestInformation(SendMailTests.Agenda(to: [Alex])));

        var responses = await sim.Graph.Batch.PostAsync(batch);

        Assert.Equal("Adele Vance", (await responses.GetResponseByIdAsync<User>(adele)).DisplayName);
        Assert.Equal("GMT Standard Time", (await responses.GetResponseByIdAsync<MailboxSettings>(settings)).TimeZone);
        Assert.Equal(HttpStatusCode.Accepted, (await responses.GetResponsesStatusCodesAsync())[mail]);
        Assert.Single((await sim.Graph.Users[Alex].Messages.GetAsync())!.Value!);
    }

    [Fact]
    public async Task AFailedStepFailsItsDependantsWith424WhileOthersSucceed()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        var batch = new BatchRequestContentCollection(sim.Graph);
        batch.AddBatchRequestStep(new BatchRequestStep("missing", await Native(sim, sim.Graph.Users["nobody@contoso.example"].ToGetRequestInformation())));
        batch.AddBatchRequestStep(new BatchRequestStep("manager", await Native(sim, sim.Graph.Users[Adele].Manager.ToGetRequestInformation()), ["missing"]));
        batch.AddBatchRequestStep(new BatchRequestStep("alex", await Native(sim, sim.Graph.Users[Alex].ToGetRequestInformation())));

        var responses = await sim.Graph.Batch.PostAsync(batch);
        var statuses = await responses.GetResponsesStatusCodesAsync();

        Assert.Equal(HttpStatusCode.NotFound, statuses["missing"]);
        Assert.Equal(HttpStatusCode.FailedDependency, statuses["manager"]);
        Assert.Equal(HttpStatusCode.OK, statuses["alex"]);
        Assert.Equal("Alex Wilber", (await responses.GetResponseByIdAsync<User>("alex")).DisplayName);
        var error = await Assert.ThrowsAsync<ServiceException>(() => responses.GetResponseByIdAsync<User>("missing"));
        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Contains("Request_ResourceNotFound", error.RawResponseBody, StringComparison.Ordinal);
        Assert.Equal(0, await admin.RouteCountAsync("GET /users/{key}/manager"));
    }

    [Fact]
    public async Task ADependantRunsAfterTheStepItDependsOn()
    {
        await using var sim = await SimulatorHost.StartAsync();
        var batch = new BatchRequestContentCollection(sim.Graph);
        batch.AddBatchRequestStep(new BatchRequestStep("send", await Native(sim, sim.Graph.Users[Adele].SendMail.ToPostRequestInformation(SendMailTests.Agenda(to: [Alex])))));
        batch.AddBatchRequestStep(new BatchRequestStep("read", await Native(sim, sim.Graph.Users[Alex].Messages.ToGetRequestInformation()), ["send"]));

        var responses = await sim.Graph.Batch.PostAsync(batch);

        var inbox = await responses.GetResponseByIdAsync<MessageCollectionResponse>("read");
        Assert.Equal("Agenda: session 3", Assert.Single(inbox.Value!).Subject);
    }

    [Fact]
    public async Task RelativeUrlsWorkWithOrWithoutALeadingSlashAndTheOuterStatusStays200()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);

        using var response = await admin.Raw.PostAsJsonAsync($"{sim.ServiceRoot}/$batch", new
        {
            requests = new object[]
            {
                new { id = "1", method = "GET", url = $"/users/{Adele}?$select=displayName" },
                new { id = "2", method = "GET", url = $"users/{Alex}" },
                new { id = "3", method = "GET", url = "/users/nobody@contoso.example" },
            },
        });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!["responses"]!.AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([200, 200, 404], body.Select(r => r!["status"]!.GetValue<int>()));
        Assert.Equal("Adele Vance", body[0]!["body"]!["displayName"]!.GetValue<string>());
        Assert.Equal("Request_ResourceNotFound", body[2]!["body"]!["error"]!["code"]!.GetValue<string>());
        Assert.StartsWith("application/json", body[0]!["headers"]!["Content-Type"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreThanTwentyRequestsAreRefusedWith400()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);

        using var response = await admin.Raw.PostAsJsonAsync($"{sim.ServiceRoot}/$batch", new
        {
            requests = Enumerable.Range(1, 21).Select(i => new { id = $"{i}", method = "GET", url = $"/users/{Adele}" }),
        });
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest", error["code"]!.GetValue<string>());
        Assert.Contains("maximum number of requests in a batch is 20", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, await admin.RouteCountAsync("GET /users/{key}"));
    }

    [Theory]
    [InlineData("""{"requests":[{"id":"1","method":"GET","url":"/users"},{"id":"1","method":"GET","url":"/users"}]}""", "more than once")]
    [InlineData("""{"requests":[{"id":"1","method":"GET","url":"/users","dependsOn":["9"]}]}""", "not in the batch")]
    [InlineData("""{"requests":[{"id":"1","method":"GET","url":"/users","dependsOn":["2"]},{"id":"2","method":"GET","url":"/users","dependsOn":["1"]}]}""", "cycle")]
    [InlineData("""{"requests":[{"id":"1","url":"/users"}]}""", "no 'method'")]
    [InlineData("""{"value":[]}""", "'requests' array")]
    public async Task AMalformedBatchIsRefusedWith400(string payload, string problem)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);

        using var content = new StringContent(payload, System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.Raw.PostAsync(new Uri($"{sim.ServiceRoot}/$batch"), content);
        var error = (await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<HttpRequestMessage> Native(SimulatorHost sim, RequestInformation request) =>
        (await sim.Graph.RequestAdapter.ConvertToNativeRequestAsync<HttpRequestMessage>(request))!;
}
