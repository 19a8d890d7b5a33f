using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using static MentorScheduler.GraphSimulator.Tests.Calendar.CalendarTestData;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

public sealed class RecurrenceOverHttpTests
{
    [Theory]
    [InlineData("weekly without days", "ErrorInvalidRecurrencePattern")]
    [InlineData("interval zero", "ErrorInvalidRecurrencePattern")]
    [InlineData("absoluteMonthly without dayOfMonth", "ErrorInvalidRecurrencePattern")]
    [InlineData("relativeYearly without month", "ErrorInvalidRecurrencePattern")]
    [InlineData("numbered with no occurrences", "ErrorInvalidRecurrenceRange")]
    [InlineData("range starting on another day", "ErrorInvalidRecurrenceRange")]
    [InlineData("endDate before startDate", "ErrorInvalidRecurrenceRange")]
    public async Task GraphRefusesAnInvalidRecurrence(string problem, string code)
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var ev = Weekly("Mentoring", "2027-01-05T14:00:00", "2027-01-05T15:00:00", 4);
        var pattern = ev.Recurrence!.Pattern!;
        var range = ev.Recurrence.Range!;
        switch (problem)
        {
            case "weekly without days": pattern.DaysOfWeek = null; break;
            case "interval zero": pattern.Interval = 0; break;
            case "absoluteMonthly without dayOfMonth": pattern.Type = RecurrencePatternType.AbsoluteMonthly; break;
            case "relativeYearly without month": pattern.Type = RecurrencePatternType.RelativeYearly; break;
            case "numbered with no occurrences": range.NumberOfOccurrences = 0; break;
            case "range starting on another day": range.StartDate = new Date(2027, 1, 4); break;
            case "endDate before startDate": range.Type = RecurrenceRangeType.EndDate; range.EndDate = new Date(2027, 1, 1); break;
        }

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events.PostAsync(ev));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal(code, error.Error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Error.Message));
    }

    [Fact]
    public async Task APropertySentTwiceAsTheSdkSometimesDoesIsReadWithItsLastValue()
    {
        // Kiota's backing store can write a property set to null twice (kiota-dotnet#535); nested objects too.
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        const string body = """
            {"subject":"Mentoring","subject":"Mentoring, repeated","bodyPreview":null,"bodyPreview":null,
             "start":{"dateTime":"2027-01-05T14:00:00","timeZone":"UTC"},"end":{"dateTime":"2027-01-05T15:00:00","timeZone":"UTC"},
             "recurrence":{"pattern":{"type":"weekly","interval":1,"daysOfWeek":["tuesday"],"firstDayOfWeek":"monday"},
                           "range":{"type":"numbered","startDate":"2027-01-05","numberOfOccurrences":3,"numberOfOccurrences":4,"endDate":null,"endDate":null}}}
            """;
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await sim.Http.PostAsync($"{sim.ServiceRoot}/users/{Adele}/events", content);

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var created = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Mentoring, repeated", created.GetProperty("subject").GetString());
        Assert.Equal(4, created.GetProperty("recurrence").GetProperty("range").GetProperty("numberOfOccurrences").GetInt32());
    }

    [Fact]
    public async Task AnUnknownTimeZoneIsRefused()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var error = await Assert.ThrowsAsync<ODataError>(() =>
            sim.Graph.Users[Adele].Events.PostAsync(Single("Coffee", "2027-01-05T14:00:00", "2027-01-05T15:00:00", "Mars/Olympus_Mons")));

        Assert.Equal("TimeZoneNotSupportedException", error.Error!.Code);
    }

    [Fact]
    public async Task ALondonSeriesStaysAtTwoInLondonWhileNewYorkTimeMovesInSpring()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-03-16T14:00:00", "2027-03-16T15:00:00", 3, "Europe/London"));

        var london = await InstancesIn(sim, master!.Id!, "GMT Standard Time");
        var newYork = await InstancesIn(sim, master.Id!, "Eastern Standard Time");

        Assert.Equal(["2027-03-16T14:00:00.0000000", "2027-03-23T14:00:00.0000000", "2027-03-30T14:00:00.0000000"], london.Select(e => e.Start!.DateTime));
        Assert.All(london, e => Assert.Equal("GMT Standard Time", e.Start!.TimeZone));
        Assert.Equal(["2027-03-16T10:00:00.0000000", "2027-03-23T10:00:00.0000000", "2027-03-30T09:00:00.0000000"], newYork.Select(e => e.Start!.DateTime));
        Assert.Equal(["2027-03-30T10:00:00.0000000"], newYork.Skip(2).Select(e => e.End!.DateTime));
    }

    [Fact]
    public async Task ALondonSeriesKeepsItsLocalTimeAcrossTheAutumnChangesOfBothCities()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-10-19T14:00:00", "2027-10-19T15:00:00", 4));

        var london = await InstancesIn(sim, master!.Id!, "Europe/London");
        var utc = await EventLifecycleTests.Instances(sim, Adele, master.Id!, "2027-10-01T00:00:00", "2027-12-01T00:00:00");
        var newYork = await InstancesIn(sim, master.Id!, "America/New_York");

        Assert.All(london, e => Assert.EndsWith("T14:00:00.0000000", e.Start!.DateTime, StringComparison.Ordinal));
        Assert.Equal(["2027-10-19T13:00:00.0000000", "2027-10-26T13:00:00.0000000", "2027-11-02T14:00:00.0000000", "2027-11-09T14:00:00.0000000"], utc.Select(e => e.Start!.DateTime));
        Assert.Equal(["09:00", "09:00", "10:00", "09:00"], newYork.Select(e => e.Start!.DateTime![11..16]));
    }

    [Fact]
    public async Task ANewYorkSeriesMovesInLondonWhenAmericaChangesFirst()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Megan].Events.PostAsync(Weekly("Mentoring", "2027-03-09T09:00:00", "2027-03-09T10:00:00", 4, "Eastern Standard Time"));

        var page = await sim.Graph.Users[Megan].Events[master!.Id].Instances.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-03-01T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-04-30T00:00:00Z";
            rc.Headers.Add("Prefer", "outlook.timezone=\"GMT Standard Time\"");
        });

        Assert.Equal(["14:00", "13:00", "13:00", "14:00"], page!.Value!.Select(e => e.Start!.DateTime![11..16]));
    }

    [Fact]
    public async Task TheSeriesMasterReturnsItsRecurrenceAsGraphDoes()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var created = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-01-05T14:00:00", "2027-01-05T15:00:00", null, "Europe/London", interval: 2));

        var recurrence = (await sim.Graph.Users[Adele].Events[created!.Id].GetAsync())!.Recurrence!;

        Assert.Equal(RecurrencePatternType.Weekly, recurrence.Pattern!.Type);
        Assert.Equal(2, recurrence.Pattern.Interval);
        Assert.Equal([DayOfWeekObject.Tuesday], recurrence.Pattern.DaysOfWeek!.Select(d => d!.Value));
        Assert.Equal(DayOfWeekObject.Sunday, recurrence.Pattern.FirstDayOfWeek);
        Assert.Equal(RecurrenceRangeType.NoEnd, recurrence.Range!.Type);
        Assert.Equal(new Date(2027, 1, 5), recurrence.Range.StartDate);
        Assert.Equal("GMT Standard Time", recurrence.Range.RecurrenceTimeZone);
        Assert.Equal(0, recurrence.Range.NumberOfOccurrences);
    }

    private static async Task<List<Event>> InstancesIn(SimulatorHost sim, string id, string zone)
    {
        var page = await sim.Graph.Users[Adele].Events[id].Instances.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00";
            rc.QueryParameters.EndDateTime = "2027-12-31T00:00:00";
            rc.Headers.Add("Prefer", $"outlook.timezone=\"{zone}\"");
        });
        return page!.Value!;
    }
}
