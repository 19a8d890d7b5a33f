using MentorScheduler.GraphSimulator.Tests.Calendar;
using MentorScheduler.GraphSimulator.Tests.Mail;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using static MentorScheduler.GraphSimulator.Tests.Calendar.CalendarTestData;

namespace MentorScheduler.GraphSimulator.Tests;

/// <summary>
/// As in Exchange: a <c>/users/{key}</c> path takes an id or a UPN, while attendees, getSchedule's schedules and mail
/// recipients are SMTP addresses. Johanna Lorenz's UPN (jlorenz@) is not her address (johanna.lorenz@): used as an
/// address it reaches nobody.
/// </summary>
public sealed class AddressingTests
{
    private const string JohannaUpn = "jlorenz@contoso.example";
    private const string JohannaMail = "johanna.lorenz@contoso.example";

    [Fact]
    public async Task TheUserIsFoundByUpnAndShowsTheirOwnMailAddress()
    {
        await using var sim = await SimulatorHost.StartAsync();

        var user = await sim.Graph.Users[JohannaUpn].GetAsync();
        var byMail = await Assert.ThrowsAsync<ODataError>(() => sim.Graph.Users[JohannaMail].GetAsync());
        var filtered = await sim.Graph.Users.GetAsync(rc => rc.QueryParameters.Filter = "startswith(mail,'johanna')");

        Assert.Equal(JohannaMail, user!.Mail);
        Assert.Equal(JohannaUpn, user.UserPrincipalName);
        Assert.Equal(404, byMail.ResponseStatusCode);
        Assert.Equal(JohannaUpn, Assert.Single(filtered!.Value!).UserPrincipalName);
    }

    [Fact]
    public async Task GetScheduleResolvesTheMailAddressAndNotTheUpn()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var result = await sim.Graph.Users[Adele].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(new GetSchedulePostRequestBody
        {
            Schedules = [JohannaMail, JohannaUpn],
            StartTime = At("2027-01-05T09:00:00"),
            EndTime = At("2027-01-05T17:00:00"),
            AvailabilityViewInterval = 60,
        });

        var (byMail, byUpn) = (result!.Value![0], result.Value[1]);
        Assert.Null(byMail.Error);
        Assert.Equal("W. Europe Standard Time", byMail.WorkingHours!.TimeZone!.Name);
        Assert.Contains("Unable to resolve", byUpn.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvitationToTheAddressReachesHerCalendarAndOneToTheUpnDoesNot()
    {
        await using var sim = await SimulatorHost.StartAsync(new FakeTimeProvider(SimulatorHost.DemoNow));

        var toMail = await sim.Graph.Users[Adele].Events.PostAsync(Single("By address", "2027-02-02T14:00:00", "2027-02-02T15:00:00").WithAttendees(JohannaMail));
        await sim.Graph.Users[Adele].Events.PostAsync(Single("By UPN", "2027-02-03T14:00:00", "2027-02-03T15:00:00").WithAttendees(JohannaUpn));

        var hers = (await sim.Graph.Users[JohannaUpn].Events.GetAsync())!.Value!;
        Assert.Equal(["By address"], hers.Select(e => e.Subject));
        Assert.Equal("Johanna Lorenz", Assert.Single(toMail!.Attendees!).EmailAddress!.Name);
    }

    [Fact]
    public async Task MailToTheAddressLandsInHerInboxAndMailToTheUpnDoesNot()
    {
        await using var sim = await SimulatorHost.StartAsync();

        await sim.Graph.Users[Adele].SendMail.PostAsync(SendMailTests.Agenda(to: [JohannaMail], subject: "To her address"));
        await sim.Graph.Users[Adele].SendMail.PostAsync(SendMailTests.Agenda(to: [JohannaUpn], subject: "To her UPN"));
        await sim.Graph.Users[JohannaUpn].SendMail.PostAsync(SendMailTests.Agenda(to: [Adele], subject: "From her"));

        var inbox = (await sim.Graph.Users[JohannaUpn].MailFolders["inbox"].Messages.GetAsync())!.Value!;
        Assert.Equal(["To her address"], inbox.Select(m => m.Subject));
        var fromHer = Assert.Single((await sim.Graph.Users[Adele].MailFolders["inbox"].Messages.GetAsync())!.Value!);
        Assert.Equal(JohannaMail, fromHer.From!.EmailAddress!.Address);
    }
}
