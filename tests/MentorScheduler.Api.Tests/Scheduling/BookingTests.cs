using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Scheduling;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Scheduling;

public sealed class BookingTests : AdeleTests
{
    private const string AdeleUpn = "adele.vance@contoso.example";

    [Theory]
    [InlineData("weekly", 6, "weekly", 1, null)]
    [InlineData("biweekly", 4, "weekly", 2, null)]
    [InlineData("monthly", 3, "relativeMonthly", 1, "first")]
    [InlineData("quarterly", 2, "relativeMonthly", 3, "first")]
    public async Task GraphReceivesTheRecurrenceOfTheCadence(string frequency, int meetings, string type, int interval, string? index)
    {
        var id = await BookingWorld.Propose(Adele, change: b =>
        {
            b["cadence"]!["frequency"] = frequency;
            b["meetingCount"] = meetings;
            b["evaluateAfterMeetings"] = 1;
        });

        var booked = await BookingWorld.BookOk(Adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });

        var series = await BookingWorld.SeriesJson(App, AdeleUpn, booked.GetProperty("series").GetProperty("eventId").GetString()!);
        var pattern = series.GetProperty("recurrence").GetProperty("pattern");
        var range = series.GetProperty("recurrence").GetProperty("range");
        Assert.Equal(type, pattern.GetProperty("type").GetString());
        Assert.Equal(interval, pattern.GetProperty("interval").GetInt32());
        Assert.Equal(["monday"], pattern.GetProperty("daysOfWeek").EnumerateArray().Select(d => d.GetString()));
        if (index is not null) Assert.Equal(index, pattern.GetProperty("index").GetString());
        Assert.Equal("numbered", range.GetProperty("type").GetString());
        Assert.Equal("2027-01-04", range.GetProperty("startDate").GetString());
        Assert.Equal(meetings, range.GetProperty("numberOfOccurrences").GetInt32());
        Assert.Equal(meetings, (await BookingWorld.Sessions(Adele, id)).Count);
    }

    [Fact]
    public async Task TheSeriesIsAMeetingOrganisedByTheMenteeWithTheMentorRequired()
    {
        var id = await BookingWorld.Propose(Adele);

        var booked = await BookingWorld.BookOk(Adele, id);

        Assert.Equal("invited", booked.GetProperty("status").GetString());
        var series = await BookingWorld.SeriesJson(App, AdeleUpn, booked.GetProperty("series").GetProperty("eventId").GetString()!);
        Assert.Equal(AdeleUpn, series.GetProperty("organizer").GetProperty("emailAddress").GetProperty("address").GetString());
        var attendee = Assert.Single(series.GetProperty("attendees").EnumerateArray());
        Assert.Equal("megan.bowen@contoso.example", attendee.GetProperty("emailAddress").GetProperty("address").GetString());
        Assert.Equal("required", attendee.GetProperty("type").GetString());
        Assert.True(series.GetProperty("isOnlineMeeting").GetBoolean());
        Assert.Contains("Adele Vance", series.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("Megan Bowen", series.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("Prepare for a move into product management", series.GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal);
        var link = Assert.Single(series.GetProperty("singleValueExtendedProperties").EnumerateArray());
        Assert.Equal($"{id}/v1", link.GetProperty("value").GetString());
    }

    [Fact]
    public async Task ALondonSeriesKeepsTwoPmLondonAcrossTheMarchChangeWhileNewYorkMoves()
    {
        var id = await BookingWorld.Propose(Adele, change: b =>
        {
            b["startDate"] = "2027-03-15";
            b["meetingCount"] = 4;
        });

        await BookingWorld.BookOk(Adele, id, new { start = "2027-03-15T14:00:00", timeZone = "Europe/London" });

        var starts = (await BookingWorld.Sessions(Adele, id)).Select(s => s.GetProperty("start").GetDateTimeOffset()).ToList();
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.All(starts, s => Assert.Equal(14, TimeZoneInfo.ConvertTime(s, london).Hour));
        Assert.Equal([10, 10, 9, 9], starts.Select(s => TimeZoneInfo.ConvertTime(s, newYork).Hour));
        Assert.Equal([14, 14, 13, 13], starts.Select(s => s.UtcDateTime.Hour));
    }

    [Fact]
    public async Task BookingTwiceKeepsOneSeriesInGraph()
    {
        var id = await BookingWorld.Propose(Adele);
        var first = await BookingWorld.BookOk(Adele, id);

        using var again = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(first.GetProperty("series").GetProperty("eventId").GetString(), second.GetProperty("series").GetProperty("eventId").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), AdeleUpn, id));
    }

    [Fact]
    public async Task TwoSimultaneousBookingsMakeOneSeries()
    {
        var id = await BookingWorld.Propose(Adele);

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" })));

        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.OK }));
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), AdeleUpn, id));
        Assert.Equal(8, (await BookingWorld.Sessions(Adele, id)).Count);
    }

    [Fact]
    public async Task ASeriesLeftByAnEarlierAttemptIsAdoptedNotDuplicated()
    {
        var id = await BookingWorld.Propose(Adele);
        var orphan = await App.Graph().Users[AdeleUpn].Events.PostAsync(new Event
        {
            Subject = "created before a crash",
            Start = new DateTimeTimeZone { DateTime = "2027-01-04T14:00:00", TimeZone = "GMT Standard Time" },
            End = new DateTimeTimeZone { DateTime = "2027-01-04T14:45:00", TimeZone = "GMT Standard Time" },
            Recurrence = CadenceSchedule.Recurrence(Api.Core.Frequency.Weekly, new NodaTime.LocalDate(2027, 1, 4), 8, "GMT Standard Time"),
            TransactionId = SeriesLink.TransactionId(Guid.Parse(id), 1),
            SingleValueExtendedProperties = [SeriesLink.Property(Guid.Parse(id), 1)],
        });

        var booked = await BookingWorld.BookOk(Adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });

        Assert.Equal(orphan!.Id, booked.GetProperty("series").GetProperty("eventId").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), AdeleUpn, id));
    }

    [Fact]
    public async Task ADifferentSlotOnceBookedIsAConflict()
    {
        var id = await BookingWorld.Propose(Adele);
        await BookingWorld.BookOk(Adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });

        using var other = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { start = "2027-01-06T15:00:00", timeZone = "Europe/London" });

        var problem = await ProblemAssert.Problem(other, HttpStatusCode.Conflict);
        Assert.Equal("alreadyBooked", problem.Code());
    }

    [Fact]
    public async Task OnlyTheMenteeBooks()
    {
        var id = await BookingWorld.Propose(Adele);
        using var megan = await App.ClientFor("megan.bowen");

        using var response = await megan.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        await ProblemAssert.Problem(response, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("{\"start\":\"next monday\"}", "start")]
    [InlineData("{\"start\":\"2027-01-03T14:00:00\"}", "start")]
    [InlineData("{\"start\":\"2027-01-04T14:07:00\"}", "start")]
    [InlineData("{\"start\":\"2027-01-04T14:00:00\",\"timeZone\":\"Nowhere/Special\"}", "timeZone")]
    public async Task ABadSlotIsRefusedNamingTheField(string body, string field)
    {
        var id = await BookingWorld.Propose(Adele);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await Adele.PostAsync($"/api/relationships/{id}/booking", content);

        await ProblemAssert.ValidationProblem(response, field);
        Assert.Empty(await BookingWorld.SeriesInGraph(App.Graph(), AdeleUpn, id));
    }
}
