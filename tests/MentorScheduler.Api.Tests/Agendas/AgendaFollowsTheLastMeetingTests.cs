using System.Net;
using System.Net.Http.Json;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>
/// The sweep sends a weekly relationship's next agenda only once the meeting before it has been held and filed (or a
/// day after it ended): never while it is still running, so what was filed in it reaches the next agenda.
/// </summary>
public sealed class AgendaFollowsTheLastMeetingTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync() => _world = await AgendaWorld.BookedAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task TheSecondAgendaWaitsForTheFirstMeetingsNotesAndCarriesTheirActionItem()
    {
        _world.SetClock(AgendaWorld.FirstSession.AddMinutes(30)); // meeting 1 is running
        await _world.Sweep();
        Assert.DoesNotContain(await _world.Agendas(AgendaWorld.Megan), m => m.Subject!.Contains("session 2", StringComparison.Ordinal));
        Assert.Empty(await RemindersAsync());

        _world.SetClock(AgendaWorld.FirstSession.AddHours(1)); // held, not filed yet: the reminder to add items goes now
        await _world.Sweep();
        Assert.DoesNotContain(await _world.Agendas(AgendaWorld.Megan), m => m.Subject!.Contains("session 2", StringComparison.Ordinal));
        var reminder = Assert.Single(await RemindersAsync());
        Assert.Contains("Tuesday 19 January", reminder.Body!.Content, StringComparison.Ordinal); // the latest it can go: a day after meeting 1

        using (var adele = await _world.App.ClientFor("adele.vance"))
        using (var filed = await adele.PutAsJsonAsync($"/api/relationships/{_world.RelationshipId}/sessions/{_world.SessionIds[0]}/notes", new
        {
            meetingNotes = "Talked about roadmaps.",
            actionItems = new[] { new { text = "Draft a 30-60-90 plan", owner = "mentee", dueDate = "2027-01-22" } },
        }))
            Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        _world.SetClock(AgendaWorld.FirstSession.AddHours(1).AddMinutes(5));
        await _world.Sweep();

        var second = Assert.Single(await _world.Agendas(AgendaWorld.Megan), m => m.Subject!.Contains("session 2", StringComparison.Ordinal));
        Assert.Contains("Draft a 30-60-90 plan", second.Body!.Content, StringComparison.Ordinal);
        Assert.Single(await RemindersAsync());
    }

    [Fact]
    public async Task NotesNeverFiledHoldTheAgendaADayAfterTheMeeting()
    {
        _world.SetClock(AgendaWorld.FirstSession.AddDays(1).AddMinutes(40)); // 24 hours after meeting 1 ended, less five minutes
        await _world.Sweep();
        Assert.DoesNotContain(await _world.Agendas(AgendaWorld.Megan), m => m.Subject!.Contains("session 2", StringComparison.Ordinal));

        _world.SetClock(AgendaWorld.FirstSession.AddDays(1).AddMinutes(46));
        await _world.Sweep();
        Assert.Single(await _world.Agendas(AgendaWorld.Megan), m => m.Subject!.Contains("session 2", StringComparison.Ordinal));
    }

    private async Task<List<Microsoft.Graph.Models.Message>> RemindersAsync() =>
        (await _world.Inbox(AgendaWorld.Adele)).Where(m => m.Subject!.StartsWith("Add your items for mentoring session 2", StringComparison.Ordinal)).ToList();
}
