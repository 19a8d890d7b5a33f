using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Mail;
using MentorScheduler.Api.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Events.Item.Decline;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>
/// The mentor agreed to the relationship, then declines the series in Outlook (API.md "The relationship's life"): it
/// is about the time. The series is cancelled in Outlook, the relationship returns to agreed with the mentor's comment
/// (read from the response Outlook sent the mentee), the mentee is told and books another slot, a new series.
/// </summary>
public sealed class SeriesDeclinedTests : IAsyncLifetime
{
    private const string Adele = "adele.vance@contoso.example";
    private const string Megan = "megan.bowen@contoso.example";
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;

    public async Task InitializeAsync() => _adele = await _app.ClientFor("adele.vance");

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task DecliningTheSeriesWithACommentReturnsItToAgreedWithTheCommentAndTheMenteeBooksAgain()
    {
        var id = await BookingWorld.Propose(_adele);
        await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });

        await DeclineAsync("Mondays are <b>full</b> for me; any Tuesday works.");
        var agreed = await Eventually.StatusAsync(_adele, id, "agreed");

        Assert.Equal("Mondays are <b>full</b> for me; any Tuesday works.", agreed.GetProperty("mentorComment").GetString());
        Assert.Equal(JsonValueKind.Null, agreed.GetProperty("series").ValueKind);
        Assert.Empty(await BookingWorld.Sessions(_adele, id));
        Assert.Empty(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
        await _app.OutboxSentAsync();
        var told = Assert.Single(await _app.InboxAsync(Adele), m => m.Subject == "Megan Bowen declined the time: choose another");
        Assert.Contains("Mondays are &lt;b&gt;full&lt;/b&gt; for me", told.Body!.Content, StringComparison.Ordinal);

        var rebooked = await BookingWorld.BookOk(_adele, id, new { start = "2027-01-05T14:00:00", timeZone = "Europe/London" });
        Assert.Equal("invited", rebooked.GetProperty("status").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id, version: 2));
        Assert.Equal(8, (await BookingWorld.Sessions(_adele, id)).Count);
        Assert.Equal(1, (await BookingWorld.Sessions(_adele, id))[0].GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task ADeclineWithoutWordsKeepsTheCommentTheMentorGaveWhenAgreeing()
    {
        using (var response = await _adele.PostAsJsonAsync("/api/relationships", Relationships.RelationshipRequests.Valid()))
        {
            var id0 = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            await BookingWorld.Agree(_adele, id0, comment: "Happy to. Mornings suit me best.");
        }
        var id = (await _adele.GetFromJsonAsync<List<JsonElement>>("/api/relationships"))!.Single().GetProperty("id").GetString()!;
        await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });

        await DeclineAsync(comment: null);
        var agreed = await Eventually.StatusAsync(_adele, id, "agreed");

        Assert.Equal("Happy to. Mornings suit me best.", agreed.GetProperty("mentorComment").GetString());
    }

    [Fact]
    public async Task TheMenteeDeletingTheSeriesBeforeTheMentorAnswersAlsoLetsThemBookAgain()
    {
        var id = await BookingWorld.Propose(_adele);
        var booked = await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });

        await _app.Graph().Users[Adele].Events[booked.GetProperty("series").GetProperty("eventId").GetString()].DeleteAsync();

        var agreed = await Eventually.StatusAsync(_adele, id, "agreed");
        Assert.Equal(JsonValueKind.Null, agreed.GetProperty("series").ValueKind);
        using var rebook = await _adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { start = "2027-01-05T14:00:00", timeZone = "Europe/London" });
        Assert.Equal(HttpStatusCode.Created, rebook.StatusCode);
    }

    [Fact]
    public async Task GraphFailingWhileCancellingLeavesItInvitedAndTheRetryReturnsItOnce()
    {
        var id = await BookingWorld.Propose(_adele);
        await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        await WatchedAsync(); // the decline arrives as a notification (a decline before that is the next test's)
        await _app.InjectFault(new { route = "POST /users/*/events/*/cancel", status = 503, retryAfterSeconds = 0 });

        await DeclineAsync("Not Mondays.");
        // The worker tries (the SDK retrying 503 three times), fails, and puts the work back for later.
        await Eventually.Until(async () =>
        {
            using var scope = _app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>().NotificationWork.AsNoTracking()
                .CountAsync(w => w.DoneAt == null && w.Attempts >= 1 && w.LeaseOwner == null);
        }, n => n >= 1, "the worker to fail and put the notification back for later", TimeSpan.FromSeconds(60)); // four attempts, with the SDK's waits
        Assert.True((await _app.GraphCounters()).GetValueOrDefault("POST /users/{key}/events/{id}/cancel") >= 4);

        var invited = await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}");
        Assert.Equal("invited", invited.GetProperty("status").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
        Assert.Empty(await _app.OutboxAsync(LifecycleMails.SeriesDeclined));

        await _app.ClearFaults();
        _app.Clock.Advance(TimeSpan.FromMinutes(11)); // past the worker's longest wait before trying again
        var agreed = await Eventually.Until(() => _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}"),
            r => r.GetProperty("status").GetString() == "agreed", "the retry to return it to agreed", TimeSpan.FromSeconds(30));
        Assert.Equal("Not Mondays.", agreed.GetProperty("mentorComment").GetString());
        Assert.Empty(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
        Assert.Single(await _app.OutboxAsync(LifecycleMails.SeriesDeclined));
    }

    [Fact]
    public async Task ADeclineBeforeTheCalendarIsWatchedIsFoundWhenTheSubscriptionComesAndAFailedRepairIsRetried()
    {
        // Graph refuses the subscription at first, so nothing tells the app about the mentor's decline.
        await _app.InjectFault(new { route = "POST /subscriptions", status = 403 });
        var id = await BookingWorld.Propose(_adele);
        await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        using var anonymous = _app.Anonymous();
        await Eventually.Until(() => anonymous.GetStringAsync("/health"), h => h == "Degraded", "the refused subscription to show in /health");
        await DeclineAsync("Not Mondays.");

        // Graph accepts the subscription on the keeper's next try; the reconciliation of the mailbox it queues
        // fails while Graph cannot cancel the series, and stays queued.
        await _app.ClearFaults();
        await _app.InjectFault(new { route = "POST /users/*/events/*/cancel", status = 503, retryAfterSeconds = 0 });
        _app.Clock.Advance(TimeSpan.FromMinutes(2)); // past the first refusal's wait
        _app.Services.GetRequiredService<NotificationSignal>().MailboxesChanged();
        await Eventually.Until(async () =>
        {
            using var scope = _app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>().NotificationWork.AsNoTracking()
                .CountAsync(w => w.Kind == NotificationKind.Missed && w.DoneAt == null && w.Attempts >= 1 && w.LeaseOwner == null);
        }, n => n == 1, "the mailbox's reconciliation to fail and wait for a retry", TimeSpan.FromSeconds(60));
        Assert.Equal("invited", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());

        await _app.ClearFaults();
        _app.Clock.Advance(TimeSpan.FromMinutes(11));
        _app.Services.GetRequiredService<NotificationSignal>().WorkQueued();
        var agreed = await Eventually.StatusAsync(_adele, id, "agreed");
        Assert.Equal("Not Mondays.", agreed.GetProperty("mentorComment").GetString());
        Assert.Empty(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
        Assert.Single(await _app.OutboxAsync(LifecycleMails.SeriesDeclined));
    }

    /// <summary>Until the mentee's calendar is subscribed, so Outlook's changes arrive as notifications.</summary>
    private Task<int> WatchedAsync() => Eventually.Until(async () =>
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>().CalendarSubscriptions.AsNoTracking().CountAsync();
    }, n => n == 1, "the mentee's calendar to be subscribed");

    private async Task DeclineAsync(string? comment)
    {
        var copy = (await _app.Graph().Users[Megan].Events.GetAsync(rc => rc.QueryParameters.Top = 50))!.Value!
            .Single(e => e.Subject == "Mentoring: Adele Vance and Megan Bowen" && e.Type == EventType.SeriesMaster);
        await _app.Graph().Users[Megan].Events[copy.Id].Decline.PostAsync(new DeclinePostRequestBody { Comment = comment, SendResponse = true });
    }


}
