using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>
/// Ending well (API.md "The relationship's life"): either person ends it; the series stops after the last held
/// meeting in Outlook (held ones stay), later sessions are cancelled, the thank-you note is mailed, the stay-in-touch
/// check-ins are planned; a Graph failure changes nothing and the retry completes it once.
/// </summary>
public sealed class EndingTests : IAsyncLifetime
{
    private const string Adele = "adele.vance@contoso.example";
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;

    public async Task InitializeAsync() => _adele = await _app.ClientFor("adele.vance");

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task TheMenteeEndsAfterTwoMeetingsTheHeldOnesStayAndTheRestAreGone()
    {
        var (id, seriesId) = await BookedAndTwoHeldAsync();

        using var ended = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end",
            new { reflection = "I found my footing.", thankYouNote = "Thank you, Megan.\nYour <b>advice</b> on stakeholders changed my quarter.", stayInTouch = "quarterly" });

        var text = await ended.Content.ReadAsStringAsync();
        Assert.True(ended.StatusCode == HttpStatusCode.OK, text);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("ended", body.GetProperty("status").GetString());
        Assert.Equal("quarterly", body.GetProperty("stayInTouch").GetString());
        Assert.Equal(_app.Clock.GetUtcNow(), body.GetProperty("endedAt").GetDateTimeOffset());
        var sessions = await BookingWorld.Sessions(_adele, id);
        Assert.Equal(["scheduled", "scheduled", "cancelled", "cancelled", "cancelled", "cancelled", "cancelled", "cancelled"],
            sessions.Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(2, (await InstancesAsync(seriesId)).Count);

        await _app.OutboxSentAsync();
        var thanks = Assert.Single(await _app.InboxAsync("megan.bowen"), m => m.Subject == "Thank you from Adele Vance");
        Assert.Contains("Your &lt;b&gt;advice&lt;/b&gt; on stakeholders", thanks.Body!.Content, StringComparison.Ordinal);
        var checkIn = Assert.Single(await _app.OutboxAsync(), m => m.Kind == LifecycleMails.CheckIn);
        Assert.Null(checkIn.SentAt);
        Assert.Equal(_app.Clock.GetUtcNow().AddDays(91).ToUnixTimeMilliseconds(), checkIn.AvailableAtMs);
        Assert.Equal(Adele, checkIn.ToAddress);

        // Still readable, and the pair may start again.
        Assert.Equal("ended", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());
        await BookingWorld.Propose(_adele, agree: false, change: b => b["startDate"] = "2027-02-01");
    }

    [Fact]
    public async Task TheListShowsAnEndedRelationshipExactlyAsItsOwnReadDoes()
    {
        var (id, _) = await BookedAndTwoHeldAsync();
        using var ended = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { reflection = "I found my footing.", stayInTouch = "quarterly" });
        ended.EnsureSuccessStatusCode();

        // The list reads only the columns the answer shows: every field set in the life of this relationship (the series,
        // the mentor's answer, the evaluation point, the end and the stay-in-touch choice) comes through the same.
        using var list = await _adele.GetAsync("/api/relationships");
        var listed = (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        using var read = await _adele.GetAsync($"/api/relationships/{id}");

        Assert.Equal(await read.Content.ReadAsStringAsync(), listed.GetRawText());
        Assert.Equal("quarterly", listed.GetProperty("stayInTouch").GetString());
        Assert.True(listed.TryGetProperty("series", out var series) && series.ValueKind == JsonValueKind.Object);
    }

    [Fact]
    public async Task TheMentorEndsItTooAndEndingTwiceSendsOneNote()
    {
        var (id, seriesId) = await BookedAndTwoHeldAsync();
        using var megan = await _app.ClientFor("megan.bowen");

        using var first = await megan.PostAsJsonAsync($"/api/relationships/{id}/end", new { thankYouNote = "It was a pleasure." });
        using var second = await megan.PostAsJsonAsync($"/api/relationships/{id}/end", new { thankYouNote = "It was a pleasure." });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, (await InstancesAsync(seriesId)).Count);
        await _app.OutboxSentAsync();
        Assert.Single(await _app.InboxAsync("adele.vance"), m => m.Subject == "Thank you from Megan Bowen");
        Assert.DoesNotContain(await _app.OutboxAsync(), m => m.Kind == LifecycleMails.CheckIn);
    }

    [Fact]
    public async Task AnAgreedRelationshipEndsWithoutTouchingOutlook()
    {
        var id = await BookingWorld.Propose(_adele);
        var before = await _app.GraphCounters();

        using var ended = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { });

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("ended", (await ended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(before, await _app.GraphCounters());
    }

    [Fact]
    public async Task ProposedOrWithdrawnRelationshipsCannotEndAndAdminsOnlyRead()
    {
        var id = await BookingWorld.Propose(_adele, agree: false);
        using var diego = await _app.ClientFor("diego.siciliani");

        using var proposed = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { });
        using var byAdmin = await diego.PostAsJsonAsync($"/api/relationships/{id}/end", new { });

        Assert.Equal(HttpStatusCode.Conflict, proposed.StatusCode);
        Assert.Contains("withdraw", (await proposed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
    }

    [Theory]
    [InlineData("thankYouNote")]
    [InlineData("reflection")]
    public async Task TextsOverFiveThousandCharactersAreRefusedNamingTheField(string field)
    {
        var id = await BookingWorld.Propose(_adele);

        using var response = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new Dictionary<string, string> { [field] = new string('x', 5001) });
        using var stay = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { stayInTouch = "weekly" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(HttpStatusCode.BadRequest, stay.StatusCode);
        Assert.True((await stay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("stayInTouch", out _));
        Assert.Equal("agreed", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task GraphFailingWhileTruncatingChangesNothingAndTheRetryEndsItOnce(int status)
    {
        var (id, seriesId) = await BookedAndTwoHeldAsync();
        await _app.InjectFault(new { route = "PATCH /users/*/events/*", status, retryAfterSeconds = 0 });

        using var failed = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { thankYouNote = "Thank you." });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.NotNull(failed.Headers.RetryAfter);
        Assert.Equal("active", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());
        Assert.Equal(8, (await BookingWorld.Sessions(_adele, id)).Count(s => s.GetProperty("status").GetString() == "scheduled"));
        Assert.Equal(8, (await InstancesAsync(seriesId)).Count);
        Assert.Empty(await _app.OutboxAsync(LifecycleMails.ThankYou));

        await _app.ClearFaults();
        using var retried = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { thankYouNote = "Thank you." });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(2, (await InstancesAsync(seriesId)).Count);
        await _app.OutboxSentAsync();
        Assert.Single(await _app.InboxAsync("megan.bowen"), m => m.Subject == "Thank you from Adele Vance");
    }

    [Fact]
    public async Task OurOwnCancellationArrivingFromOutlookBeforeTheEndingIsSavedIsNotTakenForADecline()
    {
        var id = await BookingWorld.Propose(_adele);
        var booked = await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        var seriesId = booked.GetProperty("series").GetProperty("eventId").GetString()!;
        // Outlook cancels the invited series at once, but its answer is held: the notification of the cancellation
        // reaches the worker while the ending still waits.
        await _app.InjectFault(new { route = "POST /users/*/events/*/cancel", status = (int?)null, delayMs = 300_000, when = "after", count = 1 });

        var ending = _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { thankYouNote = "Thank you for saying yes." });
        await Eventually.Until(async () =>
        {
            using var scope = _app.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<MentorScheduler.Api.Data.MentorSchedulerDb>().NotificationWork.AsNoTracking()
                .CountAsync(w => w.EventId == seriesId && w.ChangeType == "deleted" && w.DoneAt != null);
        }, done => done >= 1, "the worker to process the notification of the cancelled series");
        Assert.False(ending.IsCompleted);
        await _app.ClearFaults();
        using var ended = await ending;

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("ended", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());
        Assert.Empty(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
        Assert.Empty(await _app.OutboxAsync(LifecycleMails.SeriesDeclined));
        Assert.Single(await _app.OutboxAsync(LifecycleMails.ThankYou));
    }

    [Fact]
    public async Task TheSweepSavingTheRelationshipWhileOutlookIsChangedDoesNotStopTheEnding()
    {
        var id = await BookingWorld.Propose(_adele, change: b => b["evaluateAfterMeetings"] = 2);
        var (_, seriesId) = await AcceptedAndTwoHeldAsync(id);
        await _app.InjectFault(new { route = "PATCH /users/*/events/*", status = (int?)null, delayMs = 300_000, count = 1 });

        var ending = _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { thankYouNote = "Thank you." });
        await _app.FaultsFiredAsync();
        // Meanwhile the sweep tells both the evaluation is due, saving the relationship (its row version moves on).
        using (var diego = await _app.ClientFor("diego.siciliani"))
        using (var sweep = await diego.PostAsync("/api/admin/agenda-sweep", null))
            Assert.Equal(HttpStatusCode.OK, sweep.StatusCode);
        Assert.Equal(2, (await _app.OutboxAsync(LifecycleMails.EvaluationDue)).Count);
        await _app.ClearFaults();
        using var ended = await ending;

        var text = await ended.Content.ReadAsStringAsync();
        Assert.True(ended.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal("ended", JsonDocument.Parse(text).RootElement.GetProperty("status").GetString());
        Assert.Equal(2, (await InstancesAsync(seriesId)).Count);
        Assert.Single(await _app.OutboxAsync(LifecycleMails.ThankYou));
        Assert.Equal(2, (await _app.OutboxAsync(LifecycleMails.EvaluationDue)).Count);
    }

    [Fact]
    public async Task ACheckInIsSentWhenDueAndPlannedAgainAtTheSameInterval()
    {
        var id = await BookingWorld.Propose(_adele);
        using var ended = await _adele.PostAsJsonAsync($"/api/relationships/{id}/end", new { stayInTouch = "twiceAYear" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var planned = Assert.Single(await _app.OutboxAsync(LifecycleMails.CheckIn));

        _app.Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(planned.AvailableAtMs).AddMinutes(1));
        _app.Services.GetRequiredService<MailSignal>().Queued();
        await Eventually.Until(() => _app.OutboxAsync(LifecycleMails.CheckIn), m => m.Count == 2, "the check-in to be sent and the next one planned");

        var mails = await _app.OutboxAsync(LifecycleMails.CheckIn);
        Assert.NotNull(mails.Single(m => m.Id == planned.Id).SentAt);
        var next = mails.Single(m => m.Id != planned.Id);
        Assert.Null(next.SentAt);
        Assert.Equal(planned.AvailableAtMs + TimeSpan.FromDays(182).TotalMilliseconds, next.AvailableAtMs);
        Assert.Single(await _app.InboxAsync("adele.vance"), m => m.Subject == "Time to catch up with Megan Bowen?");
    }

    [Fact]
    public async Task ARelationshipWhoseLastMeetingIsHeldEndsItselfAtTheNextSweepWithoutTouchingOutlook()
    {
        var id = await BookingWorld.Propose(_adele, change: b => { b["meetingCount"] = 2; b["evaluateAfterMeetings"] = 1; });
        await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 11, 14, 30, 0, TimeSpan.Zero)); // the second meeting is still running
        using (var diego = await _app.ClientFor("diego.siciliani"))
        using (var early = await diego.PostAsync("/api/admin/agenda-sweep", null))
            Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        _adele.Dispose();
        _adele = await _app.ClientFor("adele.vance");
        Assert.NotEqual("ended", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());

        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 11, 15, 0, 0, TimeSpan.Zero));
        var writes = Writes(await _app.GraphCounters());
        using (var diego = await _app.ClientFor("diego.siciliani"))
        using (var sweep = await diego.PostAsync("/api/admin/agenda-sweep", null))
            Assert.Equal(HttpStatusCode.OK, sweep.StatusCode);

        _adele.Dispose();
        _adele = await _app.ClientFor("adele.vance");
        var ended = await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}");
        Assert.Equal("ended", ended.GetProperty("status").GetString());
        Assert.Equal(_app.Clock.GetUtcNow(), ended.GetProperty("endedAt").GetDateTimeOffset());
        Assert.Equal(["scheduled", "scheduled"], (await BookingWorld.Sessions(_adele, id)).Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(writes, Writes(await _app.GraphCounters()));

        static int Writes(Dictionary<string, int> counters) =>
            counters.Where(c => c.Key.StartsWith("PATCH", StringComparison.Ordinal) || c.Key.Contains("cancel", StringComparison.Ordinal)).Sum(c => c.Value);
    }

    private async Task<(string Id, string SeriesId)> BookedAndTwoHeldAsync() => await AcceptedAndTwoHeldAsync(await BookingWorld.Propose(_adele));

    private async Task<(string Id, string SeriesId)> AcceptedAndTwoHeldAsync(string id)
    {
        var booked = await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        var meganCopy = (await _app.Graph().Users["megan.bowen@contoso.example"].Events.GetAsync(rc => rc.QueryParameters.Top = 50))!.Value!
            .Single(e => e.Subject == "Mentoring: Adele Vance and Megan Bowen");
        await _app.Graph().Users["megan.bowen@contoso.example"].Events[meganCopy.Id].Accept.PostAsync(
            new Microsoft.Graph.Users.Item.Events.Item.Accept.AcceptPostRequestBody { SendResponse = true });
        await Eventually.Until(() => _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}"), r => r.GetProperty("status").GetString() == "active", "the series to be accepted");
        _app.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        _adele.Dispose();
        _adele = await _app.ClientFor("adele.vance");
        return (id, booked.GetProperty("series").GetProperty("eventId").GetString()!);
    }

    private async Task<List<Event>> InstancesAsync(string seriesId) =>
        (await _app.Graph().Users[Adele].Events[seriesId].Instances
            .GetAsync(rc => { rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00Z"; rc.QueryParameters.EndDateTime = "2027-06-01T00:00:00Z"; }))!.Value!;


}
