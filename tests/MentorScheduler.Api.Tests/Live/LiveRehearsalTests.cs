using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Notes;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.Graph.Users.Item.Events.Item.Accept;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>
/// The core flow in Live mode, end to end with real tokens: Microsoft.Identity.Web validates the pane's Entra
/// tokens and acquires Graph tokens from the fake Entra (on-behalf-of for the caller, app-only for the
/// sweep), and the strict Graph simulator checks every token and each route's permission, with exactly the
/// permissions README tells an admin to consent. Token requests are counted.
/// </summary>
public sealed class LiveRehearsalTests : IAsyncLifetime
{
    private LiveWorld _world = null!;

    public async Task InitializeAsync() => _world = await LiveWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task TheCoreFlowPassesInLiveModeWithOneExchangePerUserAndOneAppTokenPerTenant()
    {
        using var adele = _world.ClientFor("adele.vance");

        var id = await BookingWorld.Propose(adele, change: b => b["startDate"] = "2027-01-18");
        using var slots = await adele.GetAsync($"/api/relationships/{id}/slots");
        Assert.True(slots.StatusCode == HttpStatusCode.OK, await slots.Content.ReadAsStringAsync());
        var booked = await BookingWorld.BookOk(adele, id, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
        Assert.Equal(1, _world.Exchanges("obo"));

        var megan = _world.OutlookOf("megan.bowen");
        var invitation = (await megan.Users[DemoUsers.Megan].Events.GetAsync())!.Value!
            .Single(e => e.Type == Microsoft.Graph.Models.EventType.SeriesMaster
                && string.Equals(e.Organizer?.EmailAddress?.Address, DemoUsers.Adele, StringComparison.OrdinalIgnoreCase));
        await megan.Users[DemoUsers.Megan].Events[invitation.Id].Accept.PostAsync(new AcceptPostRequestBody { SendResponse = true });
        var relationship = await Eventually.StatusAsync(adele, id, "active"); // by change notification
        Assert.Equal("active", relationship.GetProperty("status").GetString());

        var sessions = await BookingWorld.Sessions(adele, id);
        _world.App.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        using var sweep = await _world.SweepAsync();
        var swept = await sweep.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(sweep.StatusCode == HttpStatusCode.OK && swept.GetProperty("delivered").GetInt32() == 1, swept.ToString());
        var inbox = (await megan.Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync())!.Value!;
        Assert.Contains(inbox, m => m.Subject!.StartsWith("Agenda:", StringComparison.Ordinal));

        using var adeleLater = _world.ClientFor("adele.vance"); // the pane's token after the clock moved
        var (notes, _) = await NotesWorld.PutOk(adeleLater, $"/api/relationships/{id}/sessions/{sessions[0].GetProperty("id").GetString()}/notes", new
        {
            meetingNotes = "Talked about the PM rotation.",
            actionItems = new[] { new { text = "Draft a 30-60-90 plan", owner = "mentee" } },
        });
        Assert.Equal("Draft a 30-60-90 plan", notes.GetProperty("actionItems")[0].GetProperty("text").GetString());

        var beforeSecondRead = _world.Entra.Requests.Count;
        using var again = _world.ClientFor("adele.vance");
        (await again.GetAsync($"/api/relationships/{id}")).EnsureSuccessStatusCode();
        (await again.GetAsync($"/api/relationships/{id}/sessions")).EnsureSuccessStatusCode();
        using var meganReads = _world.ClientFor("megan.bowen");
        (await meganReads.GetAsync($"/api/relationships/{id}")).EnsureSuccessStatusCode();

        Assert.Equal("2027-01-18T14:00:00", booked.GetProperty("series").GetProperty("start").GetString());
        Assert.Equal(beforeSecondRead, _world.Entra.Requests.Count);
        Assert.Equal(1, _world.Exchanges("app"));
        Assert.Equal(1, _world.Exchanges("obo"));
        Assert.Equal(2, _world.Entra.Requests.Count);
        Assert.All(_world.Entra.Requests, r => Assert.Equal(200, r.Status));
    }
}
