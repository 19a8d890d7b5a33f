using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Accept;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>
/// People are addressed by their mail (SMTP) address, and named by UPN or id only in <c>/users/{key}</c> paths:
/// Johanna Lorenz's UPN (jlorenz@) is not her address (johanna.lorenz@), and the simulator, like Exchange, reaches
/// nobody by a UPN that is not an address. In Live mode, against the strict simulator, as mentor and as mentee.
/// </summary>
public sealed class MailAddressTests : IAsyncLifetime
{
    private static readonly object FirstSession = new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" };

    private LiveWorld _world = null!;

    public async Task InitializeAsync() => _world = await LiveWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AMentorWhoseUpnIsNotTheirAddressGetsTheSlotsTheInvitationAndTheAgenda()
    {
        using var adele = _world.ClientFor("adele.vance");
        var id = await BookingWorld.Propose(adele, "jlorenz", b => b["startDate"] = "2027-01-18");

        using var slots = await adele.GetAsync($"/api/relationships/{id}/slots"); // getSchedule by UPN would find no one: 422
        Assert.True(slots.StatusCode == HttpStatusCode.OK, await slots.Content.ReadAsStringAsync());
        await BookingWorld.BookOk(adele, id, FirstSession);

        var series = Assert.Single(await SeriesOf(DemoUsers.Adele, "adele.vance", id));
        Assert.Equal(DemoUsers.JohannaMail, Assert.Single(series.Attendees!).EmailAddress!.Address);
        var johanna = _world.OutlookOf("jlorenz");
        var invitation = (await johanna.Users[DemoUsers.Johanna].Events.GetAsync())!.Value!.Single(e => e.Type == EventType.SeriesMaster);
        await johanna.Users[DemoUsers.Johanna].Events[invitation.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
        var relationship = await Eventually.StatusAsync(adele, id, "active"); // her answer is found under her address
        Assert.Equal("active", relationship.GetProperty("status").GetString());
        Assert.Equal(DemoUsers.Johanna, relationship.GetProperty("mentor").GetProperty("upn").GetString());

        _world.App.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        using var sweep = await _world.SweepAsync();
        Assert.Equal(1, (await sweep.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("delivered").GetInt32());
        var agenda = Assert.Single((await johanna.Users[DemoUsers.Johanna].MailFolders["inbox"].Messages.GetAsync())!.Value!,
            m => m.Subject!.StartsWith("Agenda:", StringComparison.Ordinal));
        Assert.Equal(DemoUsers.JohannaMail, Assert.Single(agenda.ToRecipients!).EmailAddress!.Address);
    }

    [Fact]
    public async Task AMenteeWhoseUpnIsNotTheirAddressOrganisesTheSeriesAndGetsTheReminder()
    {
        using var johanna = _world.ClientFor("jlorenz");
        var id = await BookingWorld.Propose(johanna, "megan.bowen", b =>
        {
            b["startDate"] = "2027-01-18";
            b["timeZone"] = "Europe/Berlin";
        });

        using var slots = await johanna.GetAsync($"/api/relationships/{id}/slots");
        Assert.True(slots.StatusCode == HttpStatusCode.OK, await slots.Content.ReadAsStringAsync());
        await BookingWorld.BookOk(johanna, id, new { start = "2027-01-18T15:00:00", timeZone = "Europe/Berlin" });

        var megan = _world.OutlookOf("megan.bowen");
        var invitation = (await megan.Users[DemoUsers.Megan].Events.GetAsync())!.Value!
            .Single(e => e.Type == EventType.SeriesMaster && e.Subject!.Contains("Johanna", StringComparison.Ordinal));
        Assert.Equal(DemoUsers.JohannaMail, invitation.Organizer!.EmailAddress!.Address);

        _world.App.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 10, 9, 0, 0, TimeSpan.Zero)); // session 1 is 8 days away: the reminder
        using var sweep = await _world.SweepAsync();
        var swept = await sweep.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(swept.GetProperty("reminders").GetInt32() == 1, swept.ToString());
        var inbox = (await _world.OutlookOf("jlorenz").Users[DemoUsers.Johanna].MailFolders["inbox"].Messages.GetAsync())!.Value!;
        var reminder = Assert.Single(inbox, m => m.Subject!.StartsWith("Add your items", StringComparison.Ordinal));
        Assert.Equal(DemoUsers.JohannaMail, Assert.Single(reminder.ToRecipients!).EmailAddress!.Address);
    }

    private async Task<List<Event>> SeriesOf(string upn, string user, string id)
    {
        var graph = _world.OutlookOf(user);
        var page = await graph.Users[upn].Events.GetAsync(rc => rc.QueryParameters.Filter = Api.Scheduling.SeriesLink.Filter(Guid.Parse(id), 1));
        return page!.Value!;
    }
}
