using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Accept;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Graph.Users.Item.Events.Item.Decline;
using Microsoft.Graph.Users.Item.Events.Item.TentativelyAccept;
using static MentorScheduler.GraphSimulator.Tests.Calendar.CalendarTestData;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

public sealed class MeetingTests
{
    [Fact]
    public async Task AMeetingAppearsInTheAttendeesCalendarAsTheirOwnCopy()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 4).WithAttendees(Megan));

        var copy = await CopyOf(sim, Megan, meeting!);

        Assert.NotEqual(meeting!.Id, copy.Id);
        Assert.Equal(meeting.ICalUId, copy.ICalUId);
        Assert.False(copy.IsOrganizer);
        Assert.Equal(Adele, copy.Organizer!.EmailAddress!.Address);
        Assert.Equal(ResponseType.NotResponded, copy.ResponseStatus!.Response);
        Assert.Equal(FreeBusyStatus.Tentative, copy.ShowAs);
        Assert.Equal(EventType.SeriesMaster, copy.Type);
        var attendee = Assert.Single(meeting.Attendees!);
        Assert.Equal("Megan Bowen", attendee.EmailAddress!.Name);
        Assert.Equal(ResponseType.None, attendee.Status!.Response);
    }

    [Fact]
    public async Task AcceptingIsReflectedOnTheOrganisersAttendeeList()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 4).WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);

        await sim.Graph.Users[Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { Comment = "See you then", SendResponse = true });
        var organizers = await sim.Graph.Users[Adele].Events[meeting!.Id].GetAsync();
        var attendees = await sim.Graph.Users[Megan].Events[copy.Id].GetAsync();

        Assert.Equal(ResponseType.Accepted, organizers!.Attendees!.Single().Status!.Response);
        Assert.Equal(SimulatorHost.DemoNow, organizers.Attendees!.Single().Status!.Time);
        Assert.Equal(ResponseType.Accepted, attendees!.ResponseStatus!.Response);
        Assert.Equal(FreeBusyStatus.Busy, attendees.ShowAs);
    }

    [Fact]
    public async Task TentativelyAcceptingIsReflectedOnTheOrganiser()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Single("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00").WithAttendees(Megan, Lee));
        var copy = await CopyOf(sim, Lee, meeting!);

        await sim.Graph.Users[Lee].Events[copy.Id].TentativelyAccept.PostAsync(new TentativelyAcceptPostRequestBody { SendResponse = true });
        var organizers = await sim.Graph.Users[Adele].Events[meeting!.Id].GetAsync();

        Assert.Equal(
            [ResponseType.None, ResponseType.TentativelyAccepted],
            organizers!.Attendees!.Select(a => a.Status!.Response!.Value));
        Assert.Equal(ResponseType.TentativelyAccepted, (await sim.Graph.Users[Lee].Events[copy.Id].GetAsync())!.ResponseStatus!.Response);
    }

    [Fact]
    public async Task AnAnswerSentWithACommentReachesTheOrganizersInboxAsAMeetingResponse()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 4).WithAttendees(Megan, Lee));
        var megans = await CopyOf(sim, Megan, meeting!);
        var lees = await CopyOf(sim, Lee, meeting!);

        await sim.Graph.Users[Megan].Events[megans.Id].Decline.PostAsync(new DeclinePostRequestBody { Comment = "Tuesdays <b>never</b> work", SendResponse = true });
        await sim.Graph.Users[Lee].Events[lees.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = false });
        var inbox = (await sim.Graph.Users[Adele].MailFolders["inbox"].Messages.GetAsync())!.Value!;

        var response = Assert.IsType<EventMessageResponse>(Assert.Single(inbox));
        Assert.Equal("Declined: Mentoring", response.Subject);
        Assert.Equal(ResponseType.Declined, response.ResponseType);
        Assert.Equal(MeetingMessageType.MeetingDeclined, response.MeetingMessageType);
        Assert.Equal(Megan, response.From!.EmailAddress!.Address);
        Assert.Contains("Tuesdays &lt;b&gt;never&lt;/b&gt; work", response.Body!.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheResponseMessageIsInTheOrganizersInboxBeforeTheChangeToTheirItemIsPublished()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 4).WithAttendees(Megan));
        var megans = await CopyOf(sim, Megan, meeting!);
        var directory = sim.Services.GetRequiredService<GraphSimulator.Directory.SimulatedDirectory>();
        var adele = directory.FindByAddress(Adele)!;
        var inboxWhenPublished = new List<int>();
        sim.Services.GetRequiredService<GraphSimulator.Calendar.CalendarChangeFeed>().Subscribe(changes =>
        {
            if (changes.Any(c => c.MailboxId == adele.Id && c.EventId == meeting!.Id))
                lock (inboxWhenPublished) inboxWhenPublished.Add(sim.Services.GetRequiredService<GraphSimulator.Mail.SimulatedMailboxes>().Messages(adele, GraphSimulator.Mail.MailFolders.Inbox).Count);
        });

        await sim.Graph.Users[Megan].Events[megans.Id].Decline.PostAsync(new DeclinePostRequestBody { Comment = "Not Tuesdays", SendResponse = true });

        // Whoever hears that Adele's item changed (a change notification) finds Megan's answer already delivered.
        Assert.Equal([1], inboxWhenPublished);
    }

    [Fact]
    public async Task DecliningRecordsTheAnswerAndTakesTheMeetingOutOfTheAttendeesCalendar()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Single("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00").WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);

        await sim.Graph.Users[Megan].Events[copy.Id].Decline.PostAsync(new DeclinePostRequestBody { Comment = "Travelling", SendResponse = true });
        var organizers = await sim.Graph.Users[Adele].Events[meeting!.Id].GetAsync();
        var view = await sim.Graph.Users[Megan].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-02-02T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-02-03T00:00:00Z";
        });

        Assert.Equal(ResponseType.Declined, organizers!.Attendees!.Single().Status!.Response);
        Assert.DoesNotContain(view!.Value!, e => e.ICalUId == meeting.ICalUId);
    }

    [Fact]
    public async Task AResponseNotSentLeavesTheOrganiserUninformed()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Single("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00").WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);

        await sim.Graph.Users[Megan].Events[copy.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = false });

        Assert.Equal(ResponseType.None, (await sim.Graph.Users[Adele].Events[meeting!.Id].GetAsync())!.Attendees!.Single().Status!.Response);
        Assert.Equal(ResponseType.Accepted, (await sim.Graph.Users[Megan].Events[copy.Id].GetAsync())!.ResponseStatus!.Response);
    }

    [Fact]
    public async Task TheOrganiserCannotRespondAndAnAttendeeCannotCancel()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Single("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00").WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);

        var respond = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Adele].Events[meeting!.Id].Accept.PostAsync(new AcceptPostRequestBody()));
        var cancel = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Megan].Events[copy.Id].Cancel.PostAsync(new CancelPostRequestBody()));

        Assert.Equal(400, respond.ResponseStatusCode);
        Assert.Equal("ErrorInvalidRequest", respond.Error!.Code);
        Assert.Equal(400, cancel.ResponseStatusCode);
        Assert.Equal("ErrorInvalidRequest", cancel.Error!.Code);
        Assert.Contains("organizer", cancel.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancellingTheSeriesRemovesItFromTheAttendeesCalendar()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 4).WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);

        await sim.Graph.Users[Adele].Events[meeting!.Id].Cancel.PostAsync(new CancelPostRequestBody { Comment = "Programme ended" });

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Megan].Events[copy.Id].GetAsync());
        Assert.Equal("ErrorItemNotFound", error.Error!.Code);
    }

    [Fact]
    public async Task DeletingByTheOrganiserRemovesItFromTheAttendeesCalendar()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Single("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00").WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);

        await sim.Graph.Users[Adele].Events[meeting!.Id].DeleteAsync();

        var error = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Megan].Events[copy.Id].GetAsync());
        Assert.Equal(404, error.ResponseStatusCode);
    }

    [Fact]
    public async Task OccurrencesHaveTheirOwnIdsInEachCalendarAndFollowTheOrganiser()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 3).WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);
        var adeles = await EventLifecycleTests.Instances(sim, Adele, meeting!.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");
        var megans = await EventLifecycleTests.Instances(sim, Megan, copy.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");

        await sim.Graph.Users[Adele].Events[adeles[0].Id].PatchAsync(new Event { Subject = "Mentoring: first session" });
        await sim.Graph.Users[Adele].Events[adeles[1].Id].Cancel.PostAsync(new CancelPostRequestBody { Comment = "Holiday" });
        var first = await sim.Graph.Users[Megan].Events[megans[0].Id].GetAsync();
        var after = await EventLifecycleTests.Instances(sim, Megan, copy.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");
        var attendeeCancel = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Megan].Events[megans[2].Id].Cancel.PostAsync(new CancelPostRequestBody()));

        Assert.Empty(adeles.Select(a => a.Id).Intersect(megans.Select(m => m.Id)));
        Assert.Equal(adeles.Select(a => a.ICalUId), megans.Select(m => m.ICalUId));
        Assert.Equal("Mentoring: first session", first!.Subject);
        Assert.Equal(EventType.Exception, first.Type);
        Assert.Equal(copy.Id, first.SeriesMasterId);
        Assert.Equal([megans[0].Id, megans[2].Id], after.Select(m => m.Id));
        Assert.Equal(400, attendeeCancel.ResponseStatusCode);
    }

    [Fact]
    public async Task DecliningOneOccurrenceIsRecordedOnThatOccurrenceOnly()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 3).WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);
        var megans = await EventLifecycleTests.Instances(sim, Megan, copy.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");

        await sim.Graph.Users[Megan].Events[megans[1].Id].Decline.PostAsync(new DeclinePostRequestBody { SendResponse = true });
        var adeles = await EventLifecycleTests.Instances(sim, Adele, meeting!.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");
        var meganAfter = await EventLifecycleTests.Instances(sim, Megan, copy.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");

        Assert.Equal([ResponseType.None, ResponseType.Declined, ResponseType.None], adeles.Select(a => a.Attendees!.Single().Status!.Response!.Value));
        Assert.Equal(2, meganAfter.Count);
    }

    [Fact]
    public async Task OrganiserChangesReachTheAttendeesCopyAndRemovingAnAttendeeRemovesIt()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Single("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00").WithAttendees(Megan, Lee));
        var megansCopy = await CopyOf(sim, Megan, meeting!);
        var leesCopy = await CopyOf(sim, Lee, meeting!);

        await sim.Graph.Users[Adele].Events[meeting!.Id].PatchAsync(new Event
        {
            Subject = "Mentoring (moved)",
            Attendees = [new Attendee { EmailAddress = new EmailAddress { Address = Megan }, Type = AttendeeType.Required }],
        });

        Assert.Equal("Mentoring (moved)", (await sim.Graph.Users[Megan].Events[megansCopy.Id].GetAsync())!.Subject);
        await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[Lee].Events[leesCopy.Id].GetAsync());
    }

    [Fact]
    public async Task AnAttendeesPatchOfAnOccurrenceChangesOnlyTheirOwnCopy()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));
        var meeting = await sim.Graph.Users[Adele].Events.PostAsync(Weekly("Mentoring", "2027-02-02T14:00:00", "2027-02-02T15:00:00", 2).WithAttendees(Megan));
        var copy = await CopyOf(sim, Megan, meeting!);
        var megans = await EventLifecycleTests.Instances(sim, Megan, copy.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");

        await sim.Graph.Users[Megan].Events[megans[0].Id].PatchAsync(new Event { IsReminderOn = false });
        var adeles = await EventLifecycleTests.Instances(sim, Adele, meeting!.Id!, "2027-02-01T00:00:00", "2027-03-01T00:00:00");

        Assert.False((await sim.Graph.Users[Megan].Events[megans[0].Id].GetAsync())!.IsReminderOn);
        Assert.True(adeles[0].IsReminderOn);
        Assert.Equal(EventType.Occurrence, adeles[0].Type);
    }

    private static async Task<Event> CopyOf(SimulatorHost sim, string attendee, Event meeting)
    {
        var page = await sim.Graph.Users[attendee].Events.GetAsync(rc => rc.QueryParameters.Filter = $"iCalUId eq '{meeting.ICalUId}'");
        return Assert.Single(page!.Value!);
    }
}
