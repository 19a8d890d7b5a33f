using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using static MentorScheduler.GraphSimulator.Tests.Calendar.CalendarTestData;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

public sealed class CalendarViewTests
{
    [Fact]
    public async Task CalendarViewExpandsSeriesSinglesAndExceptionsInOrderOfStart()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        await sim.Graph.Users[Adele].Events.PostAsync(Single("Coffee", "2027-01-06T11:00:00", "2027-01-06T11:30:00"));
        var standUp = (await sim.Graph.Users[Adele].Events.GetAsync(rc => rc.QueryParameters.Filter = "subject eq 'Stand-up'"))!.Value!.Single();
        var thursday = (await EventLifecycleTests.Instances(sim, Adele, standUp.Id!, "2027-01-07T00:00:00", "2027-01-08T00:00:00")).Single();
        await sim.Graph.Users[Adele].Events[thursday.Id].PatchAsync(new Event { Start = At("2027-01-07T10:00:00"), End = At("2027-01-07T10:15:00") });

        var page = await sim.Graph.Users[Adele].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-04T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-01-09T00:00:00Z";
            rc.QueryParameters.Top = 50;
        });
        var events = page!.Value!;

        Assert.Equal(
            ["Stand-up", "Stand-up", "Sprint review", "Stand-up", "Coffee", "Stand-up", "Stand-up"],
            events.Select(e => e.Subject));
        Assert.Equal(events.OrderBy(e => e.Start!.DateTime, StringComparer.Ordinal).Select(e => e.Id), events.Select(e => e.Id));
        Assert.Equal(EventType.SingleInstance, events[4].Type);
        Assert.Equal(EventType.Exception, events[5].Type);
        Assert.Equal("2027-01-07T10:00:00.0000000", events[5].Start!.DateTime);
        Assert.All(events.Where(e => e.Type == EventType.Occurrence), e => Assert.NotNull(e.SeriesMasterId));
        Assert.Equal(new DateTimeOffset(2027, 1, 7, 9, 30, 0, TimeSpan.Zero), events[5].OriginalStart);
    }

    [Fact]
    public async Task CalendarViewRequiresBothEndsOfTheWindow()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        using var response = await sim.Http.GetAsync($"{sim.ServiceRoot}/users/{Adele}/calendarView?startDateTime=2027-01-04T00:00:00");
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("ErrorInvalidParameter", body["error"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstancesRequireBothEndsOfTheWindow()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-01-05T14:00:00", "2027-01-05T15:00:00", 4));

        using var response = await sim.Http.GetAsync($"{sim.ServiceRoot}/users/{Adele}/events/{master!.Id}/instances?endDateTime=2027-02-01T00:00:00");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("StartDateTime and EndDateTime", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExtendedPropertyFilterFindsTheOccurrencesOfOneRelationship()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring A", "2027-01-05T16:00:00", "2027-01-05T16:30:00", 3).WithRelationship("rel-a"));
        await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring B", "2027-01-06T16:00:00", "2027-01-06T16:30:00", 3).WithRelationship("rel-b"));

        var view = await sim.Graph.Users[Adele].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-02-01T00:00:00Z";
            rc.QueryParameters.Filter = RelationshipFilter("rel-a");
            rc.QueryParameters.Expand = [$"singleValueExtendedProperties($filter=id eq '{RelationshipProperty}')"];
        });
        var masters = await sim.Graph.Users[Adele].Events.GetAsync(rc => rc.QueryParameters.Filter = RelationshipFilter("rel-b"));

        Assert.Equal(3, view!.Value!.Count);
        Assert.All(view.Value, e => Assert.Equal("Mentoring A", e.Subject));
        Assert.All(view.Value, e => Assert.Equal("rel-a", Assert.Single(e.SingleValueExtendedProperties!).Value));
        var master = Assert.Single(masters!.Value!);
        Assert.Equal(EventType.SeriesMaster, master.Type);
        Assert.Null(master.SingleValueExtendedProperties);
    }

    [Fact]
    public async Task SelectReturnsOnlyTheNamedPropertiesAndTheId()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var created = await sim.Graph.Users[Adele].Events.PostAsync(Single("Coffee", "2027-01-06T11:00:00", "2027-01-06T11:30:00"));

        using var response = await sim.Http.GetAsync($"{sim.ServiceRoot}/users/{Adele}/events/{created!.Id}?$select=subject,start");
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        var viaSdk = await sim.Graph.Users[Adele].Events[created.Id].GetAsync(rc => rc.QueryParameters.Select = ["subject"]);

        Assert.Equal(["@odata.context", "@odata.etag", "id", "subject", "start"], json.Select(p => p.Key));
        Assert.Equal("Coffee", viaSdk!.Subject);
        Assert.Null(viaSdk.Body);
    }

    [Fact]
    public async Task TopPagesWithAbsoluteNextLinksThatThePageIteratorFollows()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var first = await sim.Graph.Users[Adele].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-04T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-02-01T00:00:00Z";
            rc.QueryParameters.Top = 5;
        });

        var all = new List<Event>();
        var iterator = PageIterator<Event, EventCollectionResponse>.CreatePageIterator(sim.Graph, first!, e => { all.Add(e); return true; });
        await iterator.IterateAsync();

        Assert.StartsWith(sim.ServiceRoot + "/users/", first!.OdataNextLink, StringComparison.Ordinal);
        Assert.Equal(5, first.Value!.Count);
        Assert.Equal(20 + 4, all.Count);
        Assert.Equal(all.Count, all.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task PreferOutlookTimeZoneConvertsTimesAndIsAcknowledged()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var created = await sim.Graph.Users[Adele].Events.PostAsync(Single("Coffee", "2027-07-06T14:00:00", "2027-07-06T14:30:00", "Europe/London"));

        var pacific = await sim.Graph.Users[Adele].Events[created!.Id].GetAsync(rc => rc.Headers.Add("Prefer", "outlook.timezone=\"Pacific Standard Time\""));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{sim.ServiceRoot}/users/{Adele}/events/{created.Id}");
        request.Headers.Add("Prefer", "outlook.timezone=\"Asia/Singapore\"");
        using var response = await sim.Http.SendAsync(request);
        var singapore = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("2027-07-06T06:00:00.0000000", pacific!.Start!.DateTime);
        Assert.Equal("Pacific Standard Time", pacific.Start.TimeZone);
        Assert.Equal("outlook.timezone=\"Asia/Singapore\"", response.Headers.GetValues("Preference-Applied").Single());
        Assert.Equal("2027-07-06T21:00:00.0000000", singapore["start"]!["dateTime"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheCalendarPathServesTheSameViewAndUnknownSelectionsOrZonesAreRefused()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var view = await sim.Graph.Users[Lee].Calendar.CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-04T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-01-05T00:00:00Z";
            rc.Headers.Add("Prefer", "outlook.timezone=\"Singapore Standard Time\"");
        });
        var badSelect = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() =>
            sim.Graph.Users[Lee].Events.GetAsync(rc => rc.QueryParameters.Select = ["colour"]));
        var badZone = await Assert.ThrowsAsync<Microsoft.Graph.Models.ODataErrors.ODataError>(() =>
            sim.Graph.Users[Lee].Events.GetAsync(rc => rc.Headers.Add("Prefer", "outlook.timezone=\"Atlantis Standard Time\"")));

        var sync = Assert.Single(view!.Value!);
        Assert.Equal("Platform sync", sync.Subject);
        Assert.Equal("2027-01-04T09:00:00.0000000", sync.Start!.DateTime);
        Assert.Equal(400, badSelect.ResponseStatusCode);
        Assert.Equal("TimeZoneNotSupportedException", badZone.Error!.Code);
    }
}
