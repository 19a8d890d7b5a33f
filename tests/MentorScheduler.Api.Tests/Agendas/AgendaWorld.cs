using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>
/// A booked relationship whose first session is Monday 18 January 2027 at 14:00 London (14:00 UTC), weekly,
/// with the clock starting on 1 January. Tokens are fetched after each clock move (they last an hour).
/// </summary>
public sealed class AgendaWorld : IAsyncDisposable
{
    public const string Adele = "adele.vance@contoso.example";
    public const string Megan = "megan.bowen@contoso.example";
    public static readonly DateTimeOffset FirstSession = new(2027, 1, 18, 14, 0, 0, TimeSpan.Zero);

    private AgendaWorld(TestApp app) => App = app;

    public TestApp App { get; }
    public string RelationshipId { get; private set; } = string.Empty;
    public string SeriesId { get; private set; } = string.Empty;
    public List<string> SessionIds { get; private set; } = [];

    public static async Task<AgendaWorld> BookedAsync(int evaluateAfter = 4, int meetings = 8)
    {
        var world = new AgendaWorld(new TestApp());
        using var adele = await world.App.ClientFor("adele.vance");
        world.RelationshipId = await BookingWorld.Propose(adele, change: b =>
        {
            b["startDate"] = "2027-01-18";
            b["meetingCount"] = meetings;
            b["evaluateAfterMeetings"] = evaluateAfter;
        });
        var booked = await BookingWorld.BookOk(adele, world.RelationshipId, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
        world.SeriesId = booked.GetProperty("series").GetProperty("eventId").GetString()!;
        world.SessionIds = (await BookingWorld.Sessions(adele, world.RelationshipId)).Select(s => s.GetProperty("id").GetString()!).ToList();
        return world;
    }

    public void SetClock(DateTimeOffset now) => App.Clock.SetUtcNow(now);

    public async Task<JsonElement> Sweep()
    {
        using var diego = await App.ClientFor("diego.siciliani");
        using var response = await diego.PostAsync("/api/admin/agenda-sweep", null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<List<Message>> Inbox(string upn)
    {
        var page = await App.Graph().Users[upn].MailFolders["inbox"].Messages.GetAsync(rc => { rc.QueryParameters.Top = 100; });
        return page!.Value!;
    }

    public async Task<List<Message>> Agendas(string upn) =>
        (await Inbox(upn)).Where(m => m.Subject!.StartsWith("Agenda:", StringComparison.Ordinal)).ToList();

    public async Task<JsonElement> Agenda(string user, int session)
    {
        using var client = await App.ClientFor(user);
        return await client.GetFromJsonAsync<JsonElement>($"/api/relationships/{RelationshipId}/sessions/{SessionIds[session - 1]}/agenda");
    }

    public async Task<HttpResponseMessage> AddItem(string user, int session, string text, string kind = "discussion")
    {
        using var client = await App.ClientFor(user);
        return await client.PostAsJsonAsync($"/api/relationships/{RelationshipId}/sessions/{SessionIds[session - 1]}/items", new { text, kind });
    }

    /// <summary>The occurrence of session N in the organiser's calendar, as Graph has it.</summary>
    public async Task<Event> Occurrence(int session)
    {
        var page = await App.Graph().Users[Adele].Events[SeriesId].Instances.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-12-31T00:00:00Z";
            rc.QueryParameters.Top = 60;
        });
        var start = FirstSession.AddDays(7 * (session - 1));
        return page!.Value!.Single(e => e.OriginalStart == start);
    }

    /// <summary>What a crashed sweep leaves for session N: the delivery "sending", its lease run out. Returns its id.</summary>
    public async Task<Guid> LeaveSendingAsync(int session = 1)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        var stored = await db.Sessions.SingleAsync(s => s.Id == Guid.Parse(SessionIds[session - 1]));
        var delivery = new AgendaDelivery
        {
            Id = Guid.NewGuid(),
            TenantId = stored.TenantId,
            RelationshipId = stored.RelationshipId,
            SessionId = stored.Id,
            Kind = DeliveryKind.Agenda,
            Status = DeliveryStatus.Sending,
            Attempts = 1,
            LeaseOwner = "crashed-process",
            LeaseUntilMs = FirstSession.AddDays(-7).ToUnixTimeMilliseconds(),
            Html = "<p>agenda</p>",
            Text = "agenda",
        };
        db.AgendaDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    /// <summary>sendMail operations the simulator has answered, batch steps included.</summary>
    public async Task<int> SendMailCount() =>
        (await App.GraphCounters()).Where(r => r.Key.Contains("sendMail", StringComparison.OrdinalIgnoreCase)).Sum(r => r.Value);

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
