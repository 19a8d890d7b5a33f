using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Scheduling;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>A series Graph created but whose answer was lost is adopted, never made twice (issue 11, point 16).</summary>
public sealed class BookingAfterWorkTests : AdeleTests
{
    [Fact]
    public async Task ACreateThatTimesOutAfterMakingTheSeriesIsAdoptedByTheSdksRetry()
    {
        var id = await BookingWorld.Propose(Adele);
        // The first create makes the series and answers 504; the SDK's retry meets the duplicate transactionId.
        await App.InjectFault(new { route = "POST /users/*/events", status = 504, when = "after", count = 1 });

        using var response = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), DemoUsers.Adele, id));
        Assert.Equal(8, (await BookingWorld.Sessions(Adele, id)).Count);
    }

    [Fact]
    public async Task ACreateWhoseEveryAnswerIsLostIsAdoptedByTheNextBooking()
    {
        var id = await BookingWorld.Propose(Adele);
        await App.InjectFault(new { route = "POST /users/*/events", status = 504, when = "after" });

        using var lost = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        await App.ClearFaults();
        using var again = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });

        await ProblemAssert.Problem(lost, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), DemoUsers.Adele, id));
        var relationship = await Adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}");
        Assert.Equal("invited", relationship.GetProperty("status").GetString());
    }
}
