using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>
/// Faults at each Graph step of a booking: either one series exists and the relationship is invited, or
/// none exists, it is still proposed and the caller is told to retry. Never two series.
/// </summary>
public sealed class BookingFaultTests : IAsyncLifetime
{
    private const string Adele = "adele.vance@contoso.example";
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;

    public async Task InitializeAsync() => _adele = await _app.ClientFor("adele.vance");

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    public static TheoryData<string, int> Steps()
    {
        var data = new TheoryData<string, int>();
        foreach (var step in new[] { "POST /users/*/calendar/getSchedule", "GET /users/*/events", "POST /users/*/events" })
            foreach (var status in new[] { 429, 503, 504 })
                data.Add(step, status);
        return data;
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task APersistentFaultLeavesNoSeriesAndAProposedRelationship(string step, int status)
    {
        var id = await BookingWorld.Propose(_adele);
        await _app.InjectFault(new { route = step, status, retryAfterSeconds = 0 });

        using var response = await _adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("try again", problem.Detail(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(response.Headers.RetryAfter);
        await _app.ClearFaults();
        Assert.Empty(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
        var relationship = await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}");
        Assert.Equal("proposed", relationship.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, relationship.GetProperty("series").ValueKind);

        var retried = await BookingWorld.BookOk(_adele, id);
        Assert.Equal("invited", retried.GetProperty("status").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task ABriefFaultIsRiddenOutAndMakesExactlyOneSeries(string step, int status)
    {
        var id = await BookingWorld.Propose(_adele);
        await _app.InjectFault(new { route = step, status, retryAfterSeconds = 0, count = 2 });

        var booked = await BookingWorld.BookOk(_adele, id);

        Assert.Equal("invited", booked.GetProperty("status").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
    }

    [Fact]
    public async Task AFailureReadingTheInstancesStillRecordsTheSeriesAndSessionsFollowLater()
    {
        var id = await BookingWorld.Propose(_adele);
        await _app.InjectFault(new { route = "GET /users/*/events/*/instances", status = 503, retryAfterSeconds = 0 });

        var booked = await BookingWorld.BookOk(_adele, id);

        Assert.Equal("invited", booked.GetProperty("status").GetString());
        await _app.ClearFaults();
        Assert.Equal(8, (await BookingWorld.Sessions(_adele, id)).Count);
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
    }
}
