using System.Net.Http.Json;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Graph.Users.Item.Events.Item.Decline;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>When agendas go out: a week ahead, once, and only for meetings that are still on.</summary>
public sealed class AgendaSweepTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync() => _world = await AgendaWorld.BookedAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task EightDaysAheadNothingSixDaysAheadTheAgendaThenNothingNew()
    {
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-8));
        var early = await _world.Sweep();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        var due = await _world.Sweep();
        var again = await _world.Sweep();

        Assert.Equal(0, early.GetProperty("delivered").GetInt32());
        Assert.Equal(1, due.GetProperty("delivered").GetInt32());
        Assert.Equal(0, again.GetProperty("delivered").GetInt32());
        var mail = Assert.Single(await _world.Agendas(AgendaWorld.Megan));
        Assert.Contains("Agenda", mail.Subject, StringComparison.Ordinal);
        Assert.Equal(AgendaWorld.Adele, mail.From!.EmailAddress!.Address);
        Assert.Equal([AgendaWorld.Adele], mail.CcRecipients!.Select(c => c.EmailAddress!.Address));
        var sent = await _world.Agenda("adele.vance", 1);
        Assert.Equal("sent", sent.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheMenteeIsRemindedOnceTwoDaysBeforeTheAgendaGoesOut()
    {
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-9.5));
        var tooEarly = await _world.Sweep();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-8.5));
        var first = await _world.Sweep();
        var second = await _world.Sweep();

        Assert.Equal(0, tooEarly.GetProperty("reminders").GetInt32());
        Assert.Equal(1, first.GetProperty("reminders").GetInt32());
        Assert.Equal(0, second.GetProperty("reminders").GetInt32());
        var reminder = Assert.Single(await _world.Inbox(AgendaWorld.Adele), m => m.Subject!.StartsWith("Add your items", StringComparison.Ordinal));
        Assert.Contains("Megan Bowen", reminder.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMovedSessionGetsItsAgendaAWeekBeforeItsNewTime()
    {
        var occurrence = await _world.Occurrence(1);
        await _world.App.Graph().Users[AgendaWorld.Adele].Events[occurrence.Id].PatchAsync(new Event
        {
            Start = new DateTimeTimeZone { DateTime = "2027-01-22T14:00:00", TimeZone = "GMT Standard Time" },
            End = new DateTimeTimeZone { DateTime = "2027-01-22T14:45:00", TimeZone = "GMT Standard Time" },
        });

        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        var beforeNewWindow = await _world.Sweep();
        _world.SetClock(new DateTimeOffset(2027, 1, 15, 15, 0, 0, TimeSpan.Zero));
        var inNewWindow = await _world.Sweep();

        Assert.Equal(0, beforeNewWindow.GetProperty("delivered").GetInt32());
        Assert.Equal(1, inNewWindow.GetProperty("delivered").GetInt32());
        Assert.Contains("Fri 22 Jan, 09:00 New York time", Assert.Single(await _world.Agendas(AgendaWorld.Megan)).Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionCancelledInOutlookGetsNoAgenda()
    {
        var occurrence = await _world.Occurrence(1);
        await _world.App.Graph().Users[AgendaWorld.Adele].Events[occurrence.Id].Cancel.PostAsync(new CancelPostRequestBody { Comment = "Off sick" });

        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        var result = await _world.Sweep();

        Assert.Equal(0, result.GetProperty("delivered").GetInt32());
        Assert.Empty(await _world.Agendas(AgendaWorld.Megan));
    }

    [Fact]
    public async Task ASeriesDeclinedInOutlookGetsNoAgendaAndReturnsToAgreed()
    {
        var copy = (await _world.App.Graph().Users[AgendaWorld.Megan].Events.GetAsync())!.Value!
            .Single(e => e.Subject == "Mentoring: Adele Vance and Megan Bowen");
        await _world.App.Graph().Users[AgendaWorld.Megan].Events[copy.Id].Decline.PostAsync(new DeclinePostRequestBody { SendResponse = true });

        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        var result = await _world.Sweep();

        Assert.Equal(0, result.GetProperty("delivered").GetInt32());
        Assert.Empty(await _world.Agendas(AgendaWorld.Megan));
        using var adele = await _world.App.ClientFor("adele.vance");
        await Eventually.Until(() => adele.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/relationships/{_world.RelationshipId}"),
            r => r.GetProperty("status").GetString() == "agreed", "the declined series to return the relationship to agreed");
        Assert.Equal(0, (await _world.Sweep()).GetProperty("delivered").GetInt32());
    }

    [Fact]
    public async Task TheMeetingCarriesTheAgendaAndKeepsItsTeamsJoinBlock()
    {
        var before = await _world.Occurrence(1);
        var joinUrl = before.OnlineMeeting?.JoinUrl;
        Assert.False(string.IsNullOrEmpty(joinUrl));
        Assert.Contains(joinUrl, before.Body!.Content, StringComparison.Ordinal);
        await _world.AddItem("adele.vance", 1, "Feedback on my roadmap draft");

        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        await _world.Sweep();

        var after = await _world.Occurrence(1);
        Assert.Contains("Feedback on my roadmap draft", after.Body!.Content, StringComparison.Ordinal);
        Assert.Contains(joinUrl, after.Body.Content, StringComparison.Ordinal);
        var second = await _world.Occurrence(2);
        Assert.DoesNotContain("Feedback on my roadmap draft", second.Body!.Content, StringComparison.Ordinal);
    }
}
