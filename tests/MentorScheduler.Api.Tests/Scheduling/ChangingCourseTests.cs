using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Accept;
using Microsoft.Graph.Users.Item.Events.Item.Decline;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>The mentor's answer, capacity, cancelling one session and amending the series.</summary>
public sealed class ChangingCourseTests : IAsyncLifetime
{
    private const string Adele = "adele.vance@contoso.example";
    private const string Megan = "megan.bowen@contoso.example";
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;
    private HttpClient _megan = null!;

    public async Task InitializeAsync()
    {
        _adele = await _app.ClientFor("adele.vance");
        _megan = await _app.ClientFor("megan.bowen");
    }

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        _megan.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData(true, "active")]
    [InlineData(false, "agreed")] // declining the series is about the time: the mentee books another
    public async Task TheMentorsAnswerInOutlookBecomesTheStatus(bool accept, string status)
    {
        var id = await BookingWorld.Propose(_adele);
        await BookingWorld.BookOk(_adele, id);
        var copy = await MeganCopyOfTheSeries();

        if (accept) await _app.Graph().Users[Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
        else await _app.Graph().Users[Megan].Events[copy.Id].Decline.PostAsync(new DeclinePostRequestBody { SendResponse = true });

        var read = await Eventually.StatusAsync(_megan, id, status); // the answer arrives by change notification
        Assert.Equal(status, read.GetProperty("status").GetString());
        var listed = await _adele.GetFromJsonAsync<List<JsonElement>>("/api/relationships");
        Assert.Equal(status, listed!.Single().GetProperty("status").GetString());
    }

    [Fact]
    public async Task ABookingOverTheMentorsMonthlyCapacityIsRefusedNamingTheMonth()
    {
        using (var set = await _megan.PutAsJsonAsync("/api/me/capacity", new { meetingsPerMonth = 3 }))
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var id = await BookingWorld.Propose(_adele);

        using var response = await _adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("mentorCapacityExceeded", problem.Code());
        Assert.Contains("January 2027 would have 4", problem.Detail(), StringComparison.Ordinal);
        Assert.Contains("1 more", problem.Detail(), StringComparison.Ordinal);
        Assert.Empty(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
    }

    [Fact]
    public async Task CapacityCountsTheMentorsMeetingsWithEveryMentee()
    {
        using (var set = await _megan.PutAsJsonAsync("/api/me/capacity", new { meetingsPerMonth = 5 }))
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var first = await BookingWorld.Propose(_adele, change: b => b["meetingCount"] = 4);
        await BookingWorld.BookOk(_adele, first);
        using var nestor = await _app.ClientFor("nestor.wilke");
        var second = await BookingWorld.Propose(nestor, change: b => b["cadence"]!["frequency"] = "biweekly");

        using var response = await nestor.PostAsJsonAsync($"/api/relationships/{second}/booking", new { start = "2027-01-06T14:00:00", timeZone = "Europe/London" });

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Contains("January 2027 would have 6", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMentorReadsAndChangesTheirOwnCapacity()
    {
        var before = await _megan.GetFromJsonAsync<JsonElement>("/api/me/capacity");
        using var bad = await _megan.PutAsJsonAsync("/api/me/capacity", new { meetingsPerMonth = 99 });
        using var good = await _megan.PutAsJsonAsync("/api/me/capacity", new { meetingsPerMonth = 12 });
        var after = await _megan.GetFromJsonAsync<JsonElement>("/api/me/capacity");

        Assert.Equal(8, before.GetProperty("meetingsPerMonth").GetInt32());
        Assert.True(before.GetProperty("isDefault").GetBoolean());
        await ProblemAssert.ValidationProblem(bad, "meetingsPerMonth");
        Assert.Equal(12, after.GetProperty("meetingsPerMonth").GetInt32());
        Assert.False(after.GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task CancellingOneSessionCancelsItInOutlookAndKeepsItInTheRecord()
    {
        var id = await BookingWorld.Propose(_adele);
        var booked = await BookingWorld.BookOk(_adele, id);
        var second = (await BookingWorld.Sessions(_adele, id))[1];

        using var cancel = await _adele.PostAsJsonAsync($"/api/relationships/{id}/sessions/{second.GetProperty("id").GetString()}/cancel", new { comment = "Travelling" });

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        var sessions = await BookingWorld.Sessions(_adele, id);
        Assert.Equal(8, sessions.Count);
        Assert.Equal("cancelled", sessions[1].GetProperty("status").GetString());
        Assert.Equal(2, sessions[1].GetProperty("number").GetInt32());
        Assert.Equal(7, sessions.Count(s => s.GetProperty("status").GetString() == "scheduled"));
        var instances = await _app.Graph().Users[Adele].Events[booked.GetProperty("series").GetProperty("eventId").GetString()].Instances
            .GetAsync(rc => { rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00Z"; rc.QueryParameters.EndDateTime = "2027-04-01T00:00:00Z"; });
        Assert.Equal(7, instances!.Value!.Count);
    }

    [Fact]
    public async Task TheMentorCannotCancelTheMenteesSession()
    {
        var id = await BookingWorld.Propose(_adele);
        await BookingWorld.BookOk(_adele, id);
        var first = (await BookingWorld.Sessions(_megan, id))[0];

        using var cancel = await _megan.PostAsJsonAsync($"/api/relationships/{id}/sessions/{first.GetProperty("id").GetString()}/cancel", new { });

        await ProblemAssert.Problem(cancel, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AmendingEndsTheSeriesAfterTheLastHeldSessionAndBooksTheRest()
    {
        var id = await BookingWorld.Propose(_adele);
        var booked = await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        _adele.Dispose();
        _adele = await _app.ClientFor("adele.vance");

        using var amend = await _adele.PostAsJsonAsync($"/api/relationships/{id}/amend",
            new { cadence = new { frequency = "biweekly" }, start = "2027-01-20T15:00:00", timeZone = "Europe/London" });

        var text = await amend.Content.ReadAsStringAsync();
        Assert.True(amend.StatusCode == HttpStatusCode.OK, text);
        var amended = JsonDocument.Parse(text).RootElement;
        Assert.Equal("biweekly", amended.GetProperty("cadence").GetProperty("frequency").GetString());
        Assert.Equal("2027-01-20T15:00:00", amended.GetProperty("series").GetProperty("start").GetString());
        var sessions = await BookingWorld.Sessions(_adele, id);
        Assert.Equal(Enumerable.Range(1, 8), sessions.Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal([1, 1, 2, 2, 2, 2, 2, 2], sessions.Select(s => s.GetProperty("seriesVersion").GetInt32()));
        Assert.Equal(new DateTimeOffset(2027, 1, 11, 14, 0, 0, TimeSpan.Zero), sessions[1].GetProperty("start").GetDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2027, 2, 3, 15, 0, 0, TimeSpan.Zero), sessions[3].GetProperty("start").GetDateTimeOffset());

        var oldInstances = await _app.Graph().Users[Adele].Events[booked.GetProperty("series").GetProperty("eventId").GetString()].Instances
            .GetAsync(rc => { rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00Z"; rc.QueryParameters.EndDateTime = "2027-06-01T00:00:00Z"; });
        Assert.Equal(2, oldInstances!.Value!.Count);
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id, version: 2));
    }

    private async Task<Event> MeganCopyOfTheSeries()
    {
        var page = await _app.Graph().Users[Megan].Events.GetAsync(rc => rc.QueryParameters.Top = 50);
        return page!.Value!.Single(e => e.Subject == "Mentoring: Adele Vance and Megan Bowen");
    }
}
