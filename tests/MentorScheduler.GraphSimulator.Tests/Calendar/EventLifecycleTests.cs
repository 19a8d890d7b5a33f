using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using static MentorScheduler.GraphSimulator.Tests.Calendar.CalendarTestData;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

public sealed class EventLifecycleTests
{
    [Fact]
    public async Task CreatingAnEventAnswersGraphsEventShapeInUtc()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var created = await sim.Graph.Users[Adele].Events.PostAsync(Single("Coffee", "2027-07-06T14:00:00", "2027-07-06T14:30:00"));

        Assert.NotNull(created);
        Assert.False(string.IsNullOrEmpty(created.Id));
        Assert.StartsWith("040000008200E00074C5B7101A82E008", created.ICalUId, StringComparison.Ordinal);
        Assert.Equal(EventType.SingleInstance, created.Type);
        Assert.True(created.IsOrganizer);
        Assert.Equal(ResponseType.Organizer, created.ResponseStatus!.Response);
        Assert.Equal(Adele, created.Organizer!.EmailAddress!.Address);
        Assert.Equal("2027-07-06T13:00:00.0000000", created.Start!.DateTime);
        Assert.Equal("UTC", created.Start.TimeZone);
        Assert.Equal("GMT Standard Time", created.OriginalStartTimeZone);
        Assert.Equal(SimulatorHost.DemoNow, created.CreatedDateTime);
        Assert.False(string.IsNullOrEmpty(created.ChangeKey));
        Assert.Contains(created.Id, created.WebLink, StringComparison.Ordinal);
        Assert.Equal(BodyType.Html, created.Body!.ContentType);
        Assert.Contains("Agenda to follow.", created.Body.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCalendarEventsPathReadsTheSameCalendar()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var created = await sim.Graph.Users[Adele].Calendar.Events.PostAsync(Single("Coffee", "2027-07-06T14:00:00", "2027-07-06T14:30:00"));

        var read = await sim.Graph.Users[Adele].Events[created!.Id].GetAsync();

        Assert.Equal("Coffee", read!.Subject);
        Assert.Equal(created.ICalUId, read.ICalUId);
    }

    [Fact]
    public async Task PatchingTheSeriesMasterChangesEveryOccurrence()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 3));

        var patched = await sim.Graph.Users[Adele].Events[master!.Id].PatchAsync(new Event { Subject = "Mentoring: Adele and Megan" });
        var instances = await Instances(sim, Adele, master.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");

        Assert.NotEqual(master.ChangeKey, patched!.ChangeKey);
        Assert.Equal(3, instances.Count);
        Assert.All(instances, i => Assert.Equal("Mentoring: Adele and Megan", i.Subject));
        Assert.All(instances, i => Assert.Equal(EventType.Occurrence, i.Type));
    }

    [Fact]
    public async Task PatchingAnOccurrenceMakesItAnExceptionWithItsOwnBody()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 3));
        var second = (await Instances(sim, Adele, master!.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00"))[1];

        await sim.Graph.Users[Adele].Events[second.Id].PatchAsync(new Event
        {
            Body = new ItemBody { ContentType = BodyType.Html, Content = "<p>Agenda: career goals</p>" },
        });
        var exception = await sim.Graph.Users[Adele].Events[second.Id].GetAsync();
        var instances = await Instances(sim, Adele, master.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");
        var withExceptions = await sim.Graph.Users[Adele].Events[master.Id].GetAsync(rc => rc.QueryParameters.Select = ["subject", "exceptionOccurrences"]);

        Assert.Equal(EventType.Exception, exception!.Type);
        Assert.Equal(master.Id, exception.SeriesMasterId);
        Assert.Contains("Agenda: career goals", exception.Body!.Content, StringComparison.Ordinal);
        Assert.Equal("Mentoring", exception.Subject);
        Assert.Equal([EventType.Occurrence, EventType.Exception, EventType.Occurrence], instances.Select(i => i.Type));
        Assert.DoesNotContain("career goals", instances[0].Body!.Content!, StringComparison.Ordinal);
        Assert.Equal(second.Id, Assert.Single(withExceptions!.ExceptionOccurrences!).Id);
    }

    [Fact]
    public async Task AnOccurrenceCannotMovePastItsNeighbour()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 3));
        var first = (await Instances(sim, Adele, master!.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00"))[0];

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events[first.Id].PatchAsync(new Event
        {
            Start = At("2027-02-10T14:00:00"),
            End = At("2027-02-10T15:00:00"),
        }));

        Assert.Equal(400, error.ResponseStatusCode);
        Assert.Equal("ErrorOccurrenceCrossingBoundary", error.Error!.Code);
    }

    [Fact]
    public async Task DeletingAnEventAnswers204AndThenItIsNotFound()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var created = await sim.Graph.Users[Adele].Events.PostAsync(Single("Coffee", "2027-07-06T14:00:00", "2027-07-06T14:30:00"));

        await sim.Graph.Users[Adele].Events[created!.Id].DeleteAsync();
        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events[created.Id].GetAsync());
        var again = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events[created.Id].DeleteAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", error.Error!.Code);
        Assert.Equal(404, again.ResponseStatusCode);
    }

    [Fact]
    public async Task CancellingAnOccurrenceRemovesOnlyThatOccurrence()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 3));
        var second = (await Instances(sim, Adele, master!.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00"))[1];

        await sim.Graph.Users[Adele].Events[second.Id].Cancel.PostAsync(new CancelPostRequestBody { Comment = "Away that week" });
        var instances = await Instances(sim, Adele, master.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");
        var cancelled = await sim.Graph.Users[Adele].Events[master.Id].GetAsync(rc => rc.QueryParameters.Select = ["cancelledOccurrences"]);
        var gone = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events[second.Id].GetAsync());

        Assert.Equal(["2027-02-02T14:00:00.0000000", "2027-02-16T14:00:00.0000000"], instances.Select(i => i.Start!.DateTime));
        Assert.Equal([$"OID.{master.Id}.2027-02-09"], cancelled!.CancelledOccurrences!);
        Assert.Equal(404, gone.ResponseStatusCode);
    }

    [Fact]
    public async Task CancellingTheSeriesRemovesTheMaster()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var master = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 3));

        await sim.Graph.Users[Adele].Events[master!.Id].Cancel.PostAsync(new CancelPostRequestBody { Comment = "Ending the programme" });

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events[master.Id].GetAsync());
        Assert.Equal("ErrorItemNotFound", error.Error!.Code);
    }

    [Fact]
    public async Task AnUnknownEventIdIsGraphsItemNotFound()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events["AAMkAGnothing"].GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("ErrorItemNotFound", error.Error!.Code);
        Assert.Equal("The specified object was not found in the store.", error.Error.Message);
    }

    [Fact]
    public async Task AnUnknownMailboxIsAnInvalidUser()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users["nobody@contoso.example"].Events.GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("ErrorInvalidUser", error.Error!.Code);
    }

    [Fact]
    public async Task ATeamsMeetingGetsAJoinUrlAndTheJoinBlockInItsBody()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var ev = Single("Mentoring", "2027-07-06T14:00:00", "2027-07-06T15:00:00");
        ev.IsOnlineMeeting = true;
        ev.OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness;

        var created = await sim.Graph.Users[Adele].Events.PostAsync(ev);

        Assert.True(created!.IsOnlineMeeting);
        Assert.Equal(OnlineMeetingProviderType.TeamsForBusiness, created.OnlineMeetingProvider);
        var joinUrl = created.OnlineMeeting!.JoinUrl!;
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", joinUrl, StringComparison.Ordinal);
        Assert.Contains("Microsoft Teams meeting", created.Body!.Content, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(joinUrl), created.Body.Content, StringComparison.Ordinal);
        Assert.Contains("Agenda to follow.", created.Body.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDefaultCalendarAllowsTeamsMeetings()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var calendar = await sim.Graph.Users[Adele].Calendar.GetAsync();

        Assert.True(calendar!.IsDefaultCalendar);
        Assert.Equal(OnlineMeetingProviderType.TeamsForBusiness, calendar.DefaultOnlineMeetingProvider);
        Assert.Equal(Adele, calendar.Owner!.Address);
    }

    [Fact]
    public async Task ConcurrentCreatesAreAllKept()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            sim.Graph.Users[Alex].Events.PostAsync(Single($"Meeting {i}", "2027-07-06T14:00:00", "2027-07-06T14:30:00"))));
        var page = await sim.Graph.Users[Alex].Events.GetAsync(rc => rc.QueryParameters.Top = 100);

        Assert.Equal(40, page!.Value!.Count);
        Assert.Equal(40, page.Value.Select(e => e.Id).Distinct().Count());
    }

    internal static async Task<List<Event>> Instances(SimulatorHost sim, string user, string id, string from, string to)
    {
        var page = await sim.Graph.Users[user].Events[id].Instances.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = from;
            rc.QueryParameters.EndDateTime = to;
            rc.QueryParameters.Top = 100;
        });
        return page!.Value!;
    }
}
