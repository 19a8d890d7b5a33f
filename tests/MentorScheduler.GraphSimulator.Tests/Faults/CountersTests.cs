using System.Net;
using Microsoft.Graph;

namespace MentorScheduler.GraphSimulator.Tests.Faults;

public sealed class CountersTests
{
    private const string Adele = "adele.vance@contoso.example";
    private const string Alex = "alex.wilber@contoso.example";

    [Fact]
    public async Task ABatchCountsOnceAsAnHttpRequestAndEachStepAsAnOperation()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        var batch = new BatchRequestContentCollection(sim.Graph);
        await batch.AddBatchRequestStepAsync(sim.Graph.Users[Adele].ToGetRequestInformation());
        await batch.AddBatchRequestStepAsync(sim.Graph.Users[Alex].ToGetRequestInformation());
        await batch.AddBatchRequestStepAsync(sim.Graph.Users[Alex].MailboxSettings.ToGetRequestInformation());

        await sim.Graph.Batch.PostAsync(batch);
        await sim.Graph.Users[Adele].GetAsync();
        var counters = await admin.CountersAsync();

        Assert.Equal(2, counters["httpRequests"]!.GetValue<long>());
        Assert.Equal(4, counters["operations"]!.GetValue<long>());
        var byRoute = counters["byRoute"]!.AsObject().ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<long>());
        Assert.Equal(new Dictionary<string, long>
        {
            ["GET /users/{key}"] = 3,
            ["GET /users/{key}/mailboxSettings"] = 1,
            ["POST /$batch"] = 1,
        }, byRoute);
    }

    [Fact]
    public async Task CountersResetToZero()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await sim.Graph.Users[Adele].GetAsync();

        using var reset = await admin.DeleteAsync("counters");
        var counters = await admin.CountersAsync();

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, counters["httpRequests"]!.GetValue<long>());
        Assert.Equal(0, counters["operations"]!.GetValue<long>());
        Assert.Empty(counters["byRoute"]!.AsObject());
    }

    [Fact]
    public async Task AdminRequestsAreNotCounted()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "*", status = 429, count = 1 });
        await admin.DeleteAsync("faults");

        var counters = await admin.CountersAsync();

        Assert.Equal(0, counters["httpRequests"]!.GetValue<long>());
        Assert.Empty(counters["byRoute"]!.AsObject());
    }
}
