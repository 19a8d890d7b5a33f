using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Relationships;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>The slot finder on the demo tenant's calendars (API.md "The demo tenant").</summary>
public sealed class SlotFinderTests : AdeleTests
{
    [Fact]
    public async Task AdeleAndMeganGetConflictFreeLondonAfternoonsNeverTuesdayAtTwo()
    {
        var id = await BookingWorld.Propose(Adele);

        var slots = await Adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/slots?count=20");

        Assert.Equal(20, slots!.Count);
        Assert.Equal("2027-01-04T14:00:00", slots[0].GetProperty("start").GetString());
        Assert.Equal("2027-01-04T09:00:00", slots[0].GetProperty("mentorStart").GetString());
        Assert.All(slots, s =>
        {
            var start = s.GetProperty("start").GetDateTime();
            Assert.Equal(0, s.GetProperty("conflicts").GetInt32());
            Assert.Equal("Europe/London", s.GetProperty("timeZone").GetString());
            Assert.InRange(start.Hour, 12, 17);
            Assert.False(start.DayOfWeek == DayOfWeek.Tuesday && start.Hour == 14 && start.Minute == 0, "Tuesday 14:00 clashes with both calendars");
        });
    }

    [Fact]
    public async Task AdeleAndLeeCannotMeetFortyFiveMinutesWeeklyInJanuary()
    {
        var id = await BookingWorld.Propose(Adele, "lee.gu", b => b["meetingCount"] = 4);

        var slots = await Adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/slots?count=3");
        using var booking = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        Assert.Equal(3, slots!.Count);
        Assert.All(slots, s => Assert.Equal(4, s.GetProperty("conflicts").GetInt32()));
        var problem = await ProblemAssert.Problem(booking, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("bestSlotHasConflicts", problem.Code());
    }

    [Fact]
    public async Task AdeleAndLeeFitThirtyMinutesAtNineLondon()
    {
        var id = await BookingWorld.Propose(Adele, "lee.gu", b =>
        {
            b["meetingCount"] = 4;
            b["cadence"]!["durationMinutes"] = 30;
        });

        var slots = await Adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/slots?count=3");

        var best = slots![0];
        Assert.Equal(0, best.GetProperty("conflicts").GetInt32());
        Assert.Equal("09:00", best.GetProperty("start").GetDateTime().ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Asia/Singapore", best.GetProperty("mentorTimeZone").GetString());
    }

    [Fact]
    public async Task AMeetingTheMentorHoldsAsTentativeIsNamedAsTentativeInTheSlotsClashes()
    {
        var id = await BookingWorld.Propose(Adele);
        // Megan holds every afternoon of the year as tentative (an offsite she may not go to).
        await App.Graph().Users["megan.bowen@contoso.example"].Events.PostAsync(new Event
        {
            Subject = "Offsite (maybe)",
            Start = new DateTimeTimeZone { DateTime = "2027-01-01T00:00:00", TimeZone = "UTC" },
            End = new DateTimeTimeZone { DateTime = "2027-12-31T00:00:00", TimeZone = "UTC" },
            ShowAs = FreeBusyStatus.Tentative,
        });

        var slots = await Adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/slots?count=3");

        // Every series clashes with the tentative block; the best asks only that of Megan (not a meeting out of Adele's hours).
        var clashes = slots![0].GetProperty("clashes").EnumerateArray().ToList();
        Assert.Equal(8, slots[0].GetProperty("conflicts").GetInt32());
        Assert.Equal(8, clashes.Count);
        Assert.InRange(slots[0].GetProperty("start").GetDateTime().Hour, 9, 17);
        Assert.All(clashes, c =>
        {
            Assert.Equal("mentor", c.GetProperty("who").GetString());
            Assert.Equal("tentative", c.GetProperty("reason").GetString());
        });
    }

    [Fact]
    public async Task AMenteeWhoGivesTheAgreementAnotherZoneKeepsTheirOwnMailboxZoneForTheirTimes()
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.With("timeZone", "America/New_York"));
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("America/New_York", created.GetProperty("timeZone").GetString());
        Assert.Equal("Europe/London", created.GetProperty("mentee").GetProperty("timeZone").GetString());
        Assert.Equal("America/New_York", created.GetProperty("mentor").GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task OneGetScheduleCallCoversBothPeoplePerWindow()
    {
        var id = await BookingWorld.Propose(Adele);
        using var reset = App.Anonymous();
        (await reset.DeleteAsync("/graph-sim/admin/counters")).EnsureSuccessStatusCode();

        await Adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/slots");

        var counters = await App.GraphCounters();
        Assert.Equal(1, counters.Where(c => c.Key.Contains("getSchedule", StringComparison.OrdinalIgnoreCase)).Sum(c => c.Value));
    }

    [Fact]
    public async Task AskingForTooManySlotsNamesTheParameter()
    {
        var id = await BookingWorld.Propose(Adele);

        using var response = await Adele.GetAsync($"/api/relationships/{id}/slots?count=50");

        await ProblemAssert.ValidationProblem(response, "count");
    }
}
