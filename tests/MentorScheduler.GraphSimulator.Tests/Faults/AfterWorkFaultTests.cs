using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Tests.Faults;

/// <summary>Faults that strike after the work: the change is made, and the answer is a 504 or nothing at all.</summary>
public sealed class AfterWorkFaultTests
{
    private const string Adele = "adele.vance@contoso.example";
    private const string Alex = "alex.wilber@contoso.example";

    [Fact]
    public async Task A504AfterTheWorkHidesACreatedEvent()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "POST /users/*/events", status = 504, when = "after", count = 1 });

        using var created = await admin.Raw.PostAsJsonAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}/events"), Event("Hidden by a timeout"));
        var calendar = await admin.Raw.GetFromJsonAsync<JsonObject>(new Uri($"{sim.ServiceRoot}/users/{Adele}/events?$filter=subject eq 'Hidden by a timeout'"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, created.StatusCode);
        Assert.Single(calendar!["value"]!.AsArray());
    }

    [Fact]
    public async Task ALateAnswerAfterTheWorkShowsTheEventBeforeTheCallerHearsBack()
    {
        var clock = new TimerWatchingClock(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await using var sim = await SimulatorHost.StartAsync(clock);
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "POST /users/*/events", status = (int?)null, delayMs = 2000, when = "after", count = 1 });

        var created = admin.Raw.PostAsJsonAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}/events"), Event("Made, answered late"));
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(2000));
        var calendar = await admin.Raw.GetFromJsonAsync<JsonObject>(new Uri($"{sim.ServiceRoot}/users/{Adele}/events?$filter=subject eq 'Made, answered late'"));

        Assert.Single(calendar!["value"]!.AsArray());
        Assert.False(created.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(2000));
        using var answer = await created;
        Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
    }

    [Fact]
    public async Task ADroppedConnectionAfterSendMailStillDeliversTheMail()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "POST /users/*/sendMail", when = "drop", count = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => admin.Raw.PostAsJsonAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}/sendMail"), Mail("Sent, then silence")));
        var inbox = await admin.Raw.GetFromJsonAsync<JsonObject>(new Uri($"{sim.ServiceRoot}/users/{Alex}/mailFolders/inbox/messages"));

        Assert.Contains(inbox!["value"]!.AsArray(), m => m!["subject"]!.GetValue<string>() == "Sent, then silence");
    }

    [Fact]
    public async Task ABatchEnvelopeThatTimesOutAfterItsStepsRanLeavesEveryStepDone()
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "POST /$batch", status = 504, when = "after", count = 1 });
        var body = new JsonObject
        {
            ["requests"] = new JsonArray(new JsonObject
            {
                ["id"] = "1",
                ["method"] = "POST",
                ["url"] = $"/users/{Adele}/sendMail",
                ["headers"] = new JsonObject { ["Content-Type"] = "application/json" },
                ["body"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Mail("Batched, then a timeout"))),
            }),
        };

        using var batch = await admin.Raw.PostAsJsonAsync(new Uri($"{sim.ServiceRoot}/$batch"), body);
        var inbox = await admin.Raw.GetFromJsonAsync<JsonObject>(new Uri($"{sim.ServiceRoot}/users/{Alex}/mailFolders/inbox/messages"));

        Assert.Equal(HttpStatusCode.GatewayTimeout, batch.StatusCode);
        Assert.Contains(inbox!["value"]!.AsArray(), m => m!["subject"]!.GetValue<string>() == "Batched, then a timeout");
    }

    [Theory]
    [InlineData("""{"route":"*","when":"drop","status":504}""", "status")]
    [InlineData("""{"route":"*","when":"after"}""", "status")]
    [InlineData("""{"route":"*","when":"later","status":504}""", "when")]
    public async Task AnAfterRuleThatCannotBeMetIsRefusedNamingTheField(string rule, string field)
    {
        await using var sim = await SimulatorHost.StartAsync();
        using var admin = new SimulatorAdmin(sim);

        using var response = await admin.PostAsync("faults", JsonNode.Parse(rule)!);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]![field] is not null);
    }

    private static object Event(string subject) => new
    {
        subject,
        start = new { dateTime = "2027-01-04T14:00:00", timeZone = "UTC" },
        end = new { dateTime = "2027-01-04T14:30:00", timeZone = "UTC" },
    };

    private static object Mail(string subject) => new
    {
        message = new
        {
            subject,
            body = new { contentType = "Text", content = "hello" },
            toRecipients = new[] { new { emailAddress = new { address = Alex } } },
        },
        saveToSentItems = true,
    };
}
