using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using static MentorScheduler.GraphSimulator.Tests.Calendar.CalendarTestData;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

public sealed class GetScheduleTests
{
    [Fact]
    public async Task AdelesStandingMeetingsMakeTuesdayBusyAtHalfNineAndTwoInLondon()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var schedule = await Schedule(sim, [Adele], "2027-01-05T09:00:00", "2027-01-05T17:00:00", "GMT Standard Time", 60);

        var adele = Assert.Single(schedule);
        Assert.Equal(Adele, adele.ScheduleId);
        Assert.Equal("20000200", adele.AvailabilityView);
        Assert.Equal(["Stand-up", "Sprint review"], adele.ScheduleItems!.Select(i => i.Subject));
        var sprint = adele.ScheduleItems![1];
        Assert.Equal(FreeBusyStatus.Busy, sprint.Status);
        Assert.Equal("2027-01-05T14:00:00.0000000", sprint.Start!.DateTime);
        Assert.Equal("UTC", sprint.Start.TimeZone);
        Assert.Equal(new Microsoft.Kiota.Abstractions.Time(9, 0, 0), adele.WorkingHours!.StartTime);
        Assert.Equal(new Microsoft.Kiota.Abstractions.Time(17, 30, 0), adele.WorkingHours.EndTime);
        Assert.Equal("GMT Standard Time", adele.WorkingHours.TimeZone!.Name);
    }

    [Fact]
    public async Task MegansTuesdayNineInNewYorkIsBusyAsIsAdelesSprintReviewAtTwoInLondon()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var winter = await Schedule(sim, [Megan, Adele], "2027-01-05T09:00:00", "2027-01-05T10:00:00", "Eastern Standard Time", 30);
        var summer = await Schedule(sim, [Adele], "2027-07-06T13:00:00", "2027-07-06T16:00:00", "Europe/London", 60);

        Assert.Equal("22", winter[0].AvailabilityView);
        Assert.Equal("2027-01-05T14:00:00.0000000", winter[0].ScheduleItems!.Single().Start!.DateTime);
        Assert.Equal("22", winter[1].AvailabilityView);
        Assert.Equal("Sprint review", winter[1].ScheduleItems!.Single().Subject);
        Assert.Equal("020", summer[0].AvailabilityView);
        Assert.Equal("2027-07-06T13:00:00.0000000", summer[0].ScheduleItems!.Single().Start!.DateTime);
    }

    [Fact]
    public async Task PreferTimeZoneSetsTheZoneOfScheduleItems()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var result = await sim.Graph.Users[Adele].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
            Body([Megan], "2027-01-05T09:00:00", "2027-01-05T10:00:00", "Eastern Standard Time", 60),
            rc => rc.Headers.Add("Prefer", "outlook.timezone=\"Eastern Standard Time\""));

        var item = result!.Value!.Single().ScheduleItems!.Single();
        Assert.Equal("2027-01-05T09:00:00.0000000", item.Start!.DateTime);
        Assert.Equal("Eastern Standard Time", item.Start.TimeZone);
    }

    [Fact]
    public async Task CancelledOccurrencesAndFreeEventsDoNotMakeAnyoneBusy()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var sprint = (await sim.Graph.Users[Adele].Events.GetAsync(rc => rc.QueryParameters.Filter = "subject eq 'Sprint review'"))!.Value!.Single();
        var tuesday = (await EventLifecycleTests.Instances(sim, Adele, sprint.Id!, "2027-01-05T00:00:00", "2027-01-06T00:00:00")).Single();
        await sim.Graph.Users[Adele].Events[tuesday.Id].Cancel.PostAsync(new CancelPostRequestBody());
        var focus = Single("Focus time", "2027-01-05T15:00:00", "2027-01-05T16:00:00");
        focus.ShowAs = FreeBusyStatus.Free;
        await sim.Graph.Users[Adele].Events.PostAsync(focus);

        var schedule = await Schedule(sim, [Adele], "2027-01-05T13:00:00", "2027-01-05T17:00:00", "UTC", 60);

        Assert.Equal("0000", schedule[0].AvailabilityView);
        Assert.DoesNotContain(schedule[0].ScheduleItems!, i => i.Subject == "Sprint review");
        Assert.Equal(FreeBusyStatus.Free, schedule[0].ScheduleItems!.Single(i => i.Subject == "Focus time").Status);
    }

    [Fact]
    public async Task AnUnknownAddressGetsAnErrorEntryWithoutFailingTheCall()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var schedule = await Schedule(sim, ["nobody@contoso.example", Lee], "2027-01-05T09:00:00", "2027-01-05T10:00:00", "Singapore Standard Time", 30);

        Assert.Equal("nobody@contoso.example", schedule[0].ScheduleId);
        Assert.Equal("5009", schedule[0].Error!.ResponseCode);
        Assert.Equal("Unable to resolve e-mail address nobody@contoso.example to an Active Directory object.", schedule[0].Error!.Message);
        Assert.Null(schedule[0].AvailabilityView);
        Assert.Equal("22", schedule[1].AvailabilityView);
    }

    [Fact]
    public async Task MoreThanTwentySchedulesAreRefused()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var addresses = Enumerable.Range(0, 21).Select(i => $"person{i}@contoso.example").ToList();

        var error = await Assert.ThrowsAsync<ODataError>(() => Schedule(sim, addresses, "2027-01-05T09:00:00", "2027-01-05T10:00:00", "UTC", 30));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorMailboxDataArrayTooBig", error.Error!.Code);
    }

    [Theory]
    [InlineData("2027-01-04T00:00:00", "2027-03-07T00:00:00", 60, "ErrorTimeIntervalTooBig")]
    [InlineData("2027-01-04T00:00:00", "2027-01-05T00:00:00", 4, "ErrorInvalidMergedFreeBusyInterval")]
    [InlineData("2027-01-04T00:00:00", "2027-01-05T00:00:00", 1441, "ErrorInvalidMergedFreeBusyInterval")]
    public async Task AWindowOf62DaysOrABadIntervalIsRefused(string start, string end, int interval, string code)
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var error = await Assert.ThrowsAsync<ODataError>(() => Schedule(sim, [Adele], start, end, "UTC", interval));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal(code, error.Error!.Code);
    }

    [Fact]
    public async Task AWindowJustUnder62DaysIsAnswered()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var schedule = await Schedule(sim, [Nestor], "2027-01-04T00:00:00", "2027-03-06T23:00:00", "UTC", 1440);

        Assert.Equal(62, schedule[0].AvailabilityView!.Length);
    }

    [Fact]
    public async Task CamelCaseAndPascalCaseBodiesAreBothAccepted()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var camel = await PostRaw(sim, """{"schedules":["adele.vance@contoso.example"],"startTime":{"dateTime":"2027-01-05T14:00:00","timeZone":"UTC"},"endTime":{"dateTime":"2027-01-05T15:00:00","timeZone":"UTC"},"availabilityViewInterval":"30"}""");
        var pascal = await PostRaw(sim, """{"Schedules":["adele.vance@contoso.example"],"StartTime":{"dateTime":"2027-01-05T14:00:00","timeZone":"UTC"},"EndTime":{"dateTime":"2027-01-05T15:00:00","timeZone":"UTC"},"AvailabilityViewInterval":30}""");

        Assert.Equal("22", camel["value"]![0]!["availabilityView"]!.GetValue<string>());
        Assert.Equal("22", pascal["value"]![0]!["availabilityView"]!.GetValue<string>());
    }

    private const string Nestor = "nestor.wilke@contoso.example";

    private static async Task<List<ScheduleInformation>> Schedule(SimulatorHost sim, List<string> schedules, string start, string end, string zone, int interval)
    {
        var result = await sim.Graph.Users[Adele].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(Body(schedules, start, end, zone, interval));
        return result!.Value!;
    }

    private static GetSchedulePostRequestBody Body(List<string> schedules, string start, string end, string zone, int interval) => new()
    {
        Schedules = schedules,
        StartTime = At(start, zone),
        EndTime = At(end, zone),
        AvailabilityViewInterval = interval,
    };

    private static async Task<JsonNode> PostRaw(SimulatorHost sim, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await sim.Http.PostAsync($"{sim.ServiceRoot}/users/{Adele}/calendar/getSchedule", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
