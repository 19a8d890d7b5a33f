using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>
/// Faults at each Graph step of a booking: either one series exists and the relationship is invited, or
/// none exists, it is still proposed and the caller is told to retry. Never two series.
/// </summary>
public sealed class BookingFaultTests : AdeleTests
{
    private const string AdeleUpn = "adele.vance@contoso.example";

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
    public async Task APersistentFaultLeavesNoSeriesAndTheRelationshipAsAgreed(string step, int status)
    {
        var id = await BookingWorld.Propose(Adele);
        await App.InjectFault(new { route = step, status, retryAfterSeconds = 0 });

        using var response = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("try again", problem.Detail(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(response.Headers.RetryAfter);
        await App.ClearFaults();
        Assert.Empty(await BookingWorld.SeriesInGraph(App.Graph(), AdeleUpn, id));
        var relationship = await Adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}");
        Assert.Equal("agreed", relationship.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, relationship.GetProperty("series").ValueKind);

        var retried = await BookingWorld.BookOk(Adele, id);
        Assert.Equal("invited", retried.GetProperty("status").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), AdeleUpn, id));
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task ABriefFaultIsRiddenOutAndMakesExactlyOneSeries(string step, int status)
    {
        var id = await BookingWorld.Propose(Adele);
        await App.InjectFault(new { route = step, status, retryAfterSeconds = 0, count = 2 });

        var booked = await BookingWorld.BookOk(Adele, id);

        Assert.Equal("invited", booked.GetProperty("status").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), AdeleUpn, id));
    }

    [Fact]
    public async Task AFailureReadingTheInstancesStillRecordsTheSeriesAndSessionsFollowLater()
    {
        var id = await BookingWorld.Propose(Adele);
        await App.InjectFault(new { route = "GET /users/*/events/*/instances", status = 503, retryAfterSeconds = 0 });

        var booked = await BookingWorld.BookOk(Adele, id);

        Assert.Equal("invited", booked.GetProperty("status").GetString());
        Assert.Empty(await BookingWorld.Sessions(Adele, id)); // reads answer from the record, which has none yet
        await App.ClearFaults();
        App.Clock.Advance(TimeSpan.FromMinutes(1)); // past the worker's backoff

        await Eventually.SessionsAsync(Adele, id, s => s.Count == 8, "the worker to read the sessions once Graph answers");
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), AdeleUpn, id));
    }
}
