using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>
/// An amend that meets a Graph failure leaves Outlook and the record as before or, on retry, fully changed;
/// never a cancelled schedule, never two new series (issue 11, points 1 and 16).
/// </summary>
public sealed class AmendFaultTests : IAsyncLifetime
{
    private const string Adele = DemoUsers.Adele;
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;
    private string _id = string.Empty;
    private string _oldSeries = string.Empty;

    private static readonly object Amendment = new { cadence = new { frequency = "biweekly" }, start = "2027-01-20T15:00:00", timeZone = "Europe/London" };

    public async Task InitializeAsync()
    {
        _adele = await _app.ClientFor("adele.vance");
        _id = await BookingWorld.Propose(_adele);
        var booked = await BookingWorld.BookOk(_adele, _id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        _oldSeries = booked.GetProperty("series").GetProperty("eventId").GetString()!;
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        _adele.Dispose();
        _adele = await _app.ClientFor("adele.vance");
    }

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ACreateThatFailsLeavesTheScheduleWholeAndTheRetryCompletesIt()
    {
        await _app.InjectFault(new { route = "POST /users/*/events", status = 503, retryAfterSeconds = 0 });

        using var failed = await _adele.PostAsJsonAsync($"/api/relationships/{_id}/amend", Amendment);

        await ProblemAssert.Problem(failed, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(8, (await OldInstances()).Count);
        var record = await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{_id}");
        Assert.Equal("weekly", record.GetProperty("cadence").GetProperty("frequency").GetString());
        Assert.Equal(_oldSeries, record.GetProperty("series").GetProperty("eventId").GetString());
        Assert.Equal(8, (await BookingWorld.Sessions(_adele, _id)).Count(s => s.GetProperty("status").GetString() == "scheduled"));

        await _app.ClearFaults();
        using var retried = await _adele.PostAsJsonAsync($"/api/relationships/{_id}/amend", Amendment);

        await AssertFullyAmended(retried);
    }

    [Fact]
    public async Task ACreateWhoseAnswerIsLostIsAdoptedOnRetryNotMadeTwice()
    {
        // Graph makes the new series and the answer is a 504 (each retry of the SDK too): the create happened.
        await _app.InjectFault(new { route = "POST /users/*/events", status = 504, when = "after" });

        using var failed = await _adele.PostAsJsonAsync($"/api/relationships/{_id}/amend", Amendment);
        await _app.ClearFaults();
        using var retried = await _adele.PostAsJsonAsync($"/api/relationships/{_id}/amend", Amendment);

        await ProblemAssert.Problem(failed, HttpStatusCode.ServiceUnavailable);
        await AssertFullyAmended(retried);
    }

    [Fact]
    public async Task EndingTheOldSeriesThatFailsIsCompletedByTheRetry()
    {
        await _app.InjectFault(new { route = "PATCH /users/*/events/*", status = 503, retryAfterSeconds = 0 });

        using var failed = await _adele.PostAsJsonAsync($"/api/relationships/{_id}/amend", Amendment);

        await ProblemAssert.Problem(failed, HttpStatusCode.ServiceUnavailable);
        var record = await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{_id}");
        Assert.Equal(_oldSeries, record.GetProperty("series").GetProperty("eventId").GetString());
        await _app.ClearFaults();
        using var retried = await _adele.PostAsJsonAsync($"/api/relationships/{_id}/amend", Amendment);

        await AssertFullyAmended(retried);
    }

    private async Task AssertFullyAmended(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var amended = JsonDocument.Parse(text).RootElement;
        Assert.Equal("biweekly", amended.GetProperty("cadence").GetProperty("frequency").GetString());
        Assert.Equal(2, (await OldInstances()).Count);
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, _id, version: 2));
        var sessions = await BookingWorld.Sessions(_adele, _id);
        Assert.Equal([1, 1, 2, 2, 2, 2, 2, 2], sessions.Select(s => s.GetProperty("seriesVersion").GetInt32()));
    }

    private async Task<List<Event>> OldInstances() =>
        (await _app.Graph().Users[Adele].Events[_oldSeries].Instances.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-06-01T00:00:00Z";
        }))!.Value!;
}
