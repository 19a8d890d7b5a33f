using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Mail;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Evaluations;

/// <summary>
/// The evaluation point and the decision (API.md "The relationship's life"): the evaluation is due once the agreed
/// meeting has been held and overdue one interval later; both people evaluate; either decides to continue (the same
/// series grows), amend (a new series from one interval after the last held meeting) or end; Graph failing part-way
/// changes nothing and the retry completes the change once.
/// </summary>
public sealed class EvaluationTests : IAsyncLifetime
{
    private const string Adele = "adele.vance@contoso.example";
    private static readonly object Ratings = new[] { new { goal = "Expand my professional network", rating = 4 }, new { goal = "Understand organizational politics", rating = 2 } };

    /// <summary>Meeting 4 of the weekly series from Monday 4 January 2027, 14:00 London, ends at 14:45 on the 25th.</summary>
    private static readonly DateTimeOffset AfterMeetingFour = new(2027, 1, 25, 15, 0, 0, TimeSpan.Zero);

    private readonly TestApp _app = new();
    private HttpClient _adele = null!;
    private HttpClient _megan = null!;

    public async Task InitializeAsync()
    {
        _adele = await _app.ClientFor("adele.vance");
        _megan = await _app.ClientFor("megan.bowen");
    }

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        _megan.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task TheEvaluationIsScheduledThenDueWhenMeetingFourEndsThenOverdueAWeekLater()
    {
        var (id, _) = await BookedAndAcceptedAsync();
        Assert.Equal(("scheduled", 4), Evaluation(await RelationshipAsync(id)));

        await AtAsync(new DateTimeOffset(2027, 1, 25, 14, 30, 0, TimeSpan.Zero)); // meeting 4 is still running
        Assert.Equal(("scheduled", 4), Evaluation(await RelationshipAsync(id)));
        await AtAsync(AfterMeetingFour);
        Assert.Equal(("due", 4), Evaluation(await RelationshipAsync(id)));
        await AtAsync(new DateTimeOffset(2027, 2, 1, 14, 46, 0, TimeSpan.Zero));
        Assert.Equal(("overdue", 4), Evaluation(await RelationshipAsync(id)));
    }

    [Fact]
    public async Task ACancelledMeetingMovesTheEvaluationToTheNextOneHeld()
    {
        var (id, _) = await BookedAndAcceptedAsync();
        var second = (await BookingWorld.Sessions(_adele, id))[1].GetProperty("id").GetString();
        using (var cancelled = await _adele.PostAsJsonAsync($"/api/relationships/{id}/sessions/{second}/cancel", new { }))
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        await AtAsync(AfterMeetingFour);
        Assert.Equal(("scheduled", 4), Evaluation(await RelationshipAsync(id))); // only three held by now
        await AtAsync(AfterMeetingFour.AddDays(7));
        Assert.Equal(("due", 4), Evaluation(await RelationshipAsync(id)));
    }

    [Fact]
    public async Task BothEvaluateTheyReadBothAndAnAdminCannot()
    {
        var (id, _) = await BookedAndAcceptedAsync();
        using (var early = await _adele.PutAsJsonAsync($"/api/relationships/{id}/evaluations/me", new { goalRatings = Ratings, recommendation = "continue" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Equal("evaluationNotDue", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
        await AtAsync(AfterMeetingFour);

        using var mine = await _adele.PutAsJsonAsync($"/api/relationships/{id}/evaluations/me",
            new { goalRatings = Ratings, reflection = "More <b>confident</b> in meetings.", recommendation = "continue" });
        using var hers = await _megan.PutAsJsonAsync($"/api/relationships/{id}/evaluations/me",
            new { goalRatings = Ratings, reflection = "Good progress.", recommendation = "amend" });
        using var again = await _megan.PutAsJsonAsync($"/api/relationships/{id}/evaluations/me",
            new { goalRatings = Ratings, reflection = "Good progress; meet every two weeks.", recommendation = "amend" });

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.OK, hers.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("due", (await mine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("evaluation").GetProperty("status").GetString());
        var list = (await _megan.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/evaluations"))!;
        Assert.Equal(["mentee", "mentor"], list.Select(e => e.GetProperty("author").GetString()));
        Assert.Equal("More <b>confident</b> in meetings.", list[0].GetProperty("reflection").GetString());
        Assert.Equal("Good progress; meet every two weeks.", list[1].GetProperty("reflection").GetString());
        Assert.Equal([4, 2], list[1].GetProperty("goalRatings").EnumerateArray().Select(g => g.GetProperty("rating").GetInt32()));
        Assert.All(list, e => Assert.Equal(4, e.GetProperty("afterMeeting").GetInt32()));

        using var diego = await _app.ClientFor("diego.siciliani");
        using var byAdmin = await diego.GetAsync($"/api/relationships/{id}/evaluations");
        using var adminWrites = await diego.PutAsJsonAsync($"/api/relationships/{id}/evaluations/me", new { goalRatings = Ratings, recommendation = "end" });
        using var stranger = await _app.ClientFor("lee.gu");
        using var byStranger = await stranger.GetAsync($"/api/relationships/{id}/evaluations");
        // A program admin reads the ratings and recommendations, not the reflections (Privacy:AdminsReadNotes is off).
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        var adminList = (await byAdmin.Content.ReadFromJsonAsync<List<JsonElement>>())!;
        Assert.Equal(["continue", "amend"], adminList.Select(e => e.GetProperty("recommendation").GetString()));
        Assert.Equal([4, 2], adminList[1].GetProperty("goalRatings").EnumerateArray().Select(g => g.GetProperty("rating").GetInt32()));
        Assert.All(adminList, e => Assert.Equal(JsonValueKind.Null, e.GetProperty("reflection").ValueKind));
        Assert.Equal(HttpStatusCode.Forbidden, adminWrites.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
    }

    [Theory]
    [InlineData("""{"goalRatings":[{"goal":"Expand my professional network","rating":6},{"goal":"Understand organizational politics","rating":2}],"recommendation":"continue"}""", "goalRatings[0].rating")]
    [InlineData("""{"goalRatings":[{"goal":"Learn golf","rating":3},{"goal":"Understand organizational politics","rating":2}],"recommendation":"continue"}""", "goalRatings[0].goal")]
    [InlineData("""{"goalRatings":[{"goal":"Understand organizational politics","rating":2}],"recommendation":"continue"}""", "goalRatings")]
    [InlineData("""{"goalRatings":[{"goal":"Expand my professional network","rating":4},{"goal":"Understand organizational politics","rating":2}],"recommendation":"maybe"}""", "recommendation")]
    [InlineData("""{"recommendation":"end"}""", "goalRatings")]
    public async Task ABadEvaluationIsRefusedNamingTheField(string body, string field)
    {
        var (id, _) = await BookedAndAcceptedAsync();
        await AtAsync(AfterMeetingFour);

        using var response = await _adele.PutAsync($"/api/relationships/{id}/evaluations/me", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
        Assert.Empty(await _adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/evaluations") ?? []);
    }

    [Fact]
    public async Task AReflectionOverFiveThousandCharactersIsRefused()
    {
        var (id, _) = await BookedAndAcceptedAsync();
        await AtAsync(AfterMeetingFour);

        using var response = await _adele.PutAsJsonAsync($"/api/relationships/{id}/evaluations/me",
            new { goalRatings = Ratings, reflection = new string('x', 5001), recommendation = "continue" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reflection", out _));
    }

    [Fact]
    public async Task BothAreMailedOnceWhenTheEvaluationComesDue()
    {
        var (id, _) = await BookedAndAcceptedAsync();
        await AtAsync(new DateTimeOffset(2027, 1, 25, 14, 30, 0, TimeSpan.Zero)); // meeting 4 is running; meeting 5's agenda goes out
        await SweepAsync();
        Assert.Empty(await _app.OutboxAsync(LifecycleMails.EvaluationDue));

        await AtAsync(AfterMeetingFour);
        await SweepAsync(); // also sends session 5's reminder, now that meeting 4 has ended
        var before = await _app.GraphCounters();
        await SweepAsync();
        await SweepAsync();

        var mails = await _app.OutboxAsync(LifecycleMails.EvaluationDue);
        Assert.Equal([Adele, "megan.bowen@contoso.example"], mails.Select(m => m.ToAddress).Order());
        // Once only, and later sweeps with the evaluation still due cost no Graph call (the outbox may still be sending).
        Assert.Equal(WithoutMail(before), WithoutMail(await _app.GraphCounters()));
        await _app.OutboxSentAsync();
        Assert.Single(await _app.InboxAsync("megan.bowen"), m => m.Subject == "Time to evaluate your mentoring with Adele Vance");
        Assert.Single(await _app.InboxAsync("adele.vance"), m => m.Subject == "Time to evaluate your mentoring with Megan Bowen");
    }

    [Fact]
    public async Task ContinueGrowsTheSameSeriesOnceAndSetsTheNextEvaluation()
    {
        var (id, seriesId) = await BookedAndAcceptedAsync();
        await AtAsync(AfterMeetingFour);

        using var decided = await _megan.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "continue", additionalMeetings = 4, evaluateAfterMeetings = 8 });
        using var twice = await _megan.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "continue", additionalMeetings = 4, evaluateAfterMeetings = 8 });

        var text = await decided.Content.ReadAsStringAsync();
        Assert.True(decided.StatusCode == HttpStatusCode.OK, text);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(12, body.GetProperty("meetingCount").GetInt32());
        Assert.Equal(("scheduled", 8), Evaluation(body));
        Assert.Equal("active", body.GetProperty("status").GetString());
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id));
        Assert.Equal(12, (await InstancesAsync(seriesId)).Count);
        Assert.Equal(Enumerable.Range(1, 12), (await BookingWorld.Sessions(_adele, id)).Select(s => s.GetProperty("number").GetInt32()));
        await _app.OutboxSentAsync();
        Assert.Single(await _app.InboxAsync("adele.vance"), m => m.Subject == "Megan Bowen recorded your mentoring decision");
    }

    [Fact]
    public async Task ContinueKeepsAComingMeetingThatWasCancelledCancelled()
    {
        var (id, seriesId) = await BookedAndAcceptedAsync();
        var sixth = (await BookingWorld.Sessions(_adele, id))[5].GetProperty("id").GetString();
        using (var cancelled = await _adele.PostAsJsonAsync($"/api/relationships/{id}/sessions/{sixth}/cancel", new { }))
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        await AtAsync(AfterMeetingFour);

        using var decided = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "continue", additionalMeetings = 2 });

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        Assert.Equal(("scheduled", 10), Evaluation(await decided.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(9, (await InstancesAsync(seriesId)).Count);
        var statuses = (await BookingWorld.Sessions(_adele, id)).Select(s => s.GetProperty("status").GetString()).ToList();
        Assert.Equal(10, statuses.Count);
        Assert.Equal("cancelled", statuses[5]);
        Assert.Equal(9, statuses.Count(s => s == "scheduled"));
    }

    [Theory]
    [InlineData(503)]
    [InlineData(429)]
    public async Task GraphFailingWhileExtendingChangesNothingAndTheRetryExtendsOnce(int status)
    {
        var (id, seriesId) = await BookedAndAcceptedAsync();
        await AtAsync(AfterMeetingFour);
        await _app.InjectFault(new { route = "PATCH /users/*/events/*", status, retryAfterSeconds = 0 });

        using var failed = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "continue", additionalMeetings = 4 });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.NotNull(failed.Headers.RetryAfter);
        var unchanged = await RelationshipAsync(id);
        Assert.Equal(8, unchanged.GetProperty("meetingCount").GetInt32());
        Assert.Equal(("due", 4), Evaluation(unchanged));
        Assert.Equal(8, (await InstancesAsync(seriesId)).Count);
        Assert.Empty(await _app.OutboxAsync(LifecycleMails.Decision));

        await _app.ClearFaults();
        using var retried = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "continue", additionalMeetings = 4 });
        using var again = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "continue", additionalMeetings = 4 });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(12, (await RelationshipAsync(id)).GetProperty("meetingCount").GetInt32());
        Assert.Equal(12, (await InstancesAsync(seriesId)).Count);
        Assert.Single(await _app.OutboxAsync(LifecycleMails.Decision));
    }

    [Fact]
    public async Task AmendStartsANewSeriesOneNewIntervalAfterTheLastHeldMeeting()
    {
        var (id, seriesId) = await BookedAndAcceptedAsync();
        await AtAsync(AfterMeetingFour);
        using (var byMentor = await _megan.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "amend", cadence = new { frequency = "biweekly" } }))
            Assert.Equal(HttpStatusCode.Forbidden, byMentor.StatusCode);
        using (var tooSoon = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision",
            new { decision = "amend", cadence = new { frequency = "biweekly" }, start = "2027-02-01T14:00:00", timeZone = "Europe/London" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooSoon.StatusCode);
            Assert.True((await tooSoon.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("start", out _));
        }
        var slots = await _adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/slots?count=1&frequency=biweekly");
        Assert.True(DateTime.Parse(slots![0].GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= new DateTime(2027, 2, 8));

        using var amended = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision", new
        {
            decision = "amend",
            cadence = new { frequency = "biweekly" },
            start = slots[0].GetProperty("start").GetString(),
            timeZone = "Europe/London",
        });

        var text = await amended.Content.ReadAsStringAsync();
        Assert.True(amended.StatusCode == HttpStatusCode.OK, text);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("invited", body.GetProperty("status").GetString());
        Assert.Equal("biweekly", body.GetProperty("cadence").GetProperty("frequency").GetString());
        Assert.Equal(("done", 4), Evaluation(body));
        Assert.Equal(4, (await InstancesAsync(seriesId)).Count); // the old series stops after the last held meeting
        Assert.Single(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id, version: 2));
        using var twice = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "amend", cadence = new { frequency = "biweekly" } });
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Empty(await BookingWorld.SeriesInGraph(_app.Graph(), Adele, id, version: 3));
        Assert.Single(await _app.OutboxAsync(LifecycleMails.Decision));
    }

    [Fact]
    public async Task EndAsTheDecisionEndsItAndTellsTheOther()
    {
        var (id, seriesId) = await BookedAndAcceptedAsync();
        await AtAsync(AfterMeetingFour);

        using var ended = await _megan.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "end", reflection = "We reached the goals." });

        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var body = await ended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ended", body.GetProperty("status").GetString());
        Assert.Equal(("done", 4), Evaluation(body));
        Assert.Equal(4, (await InstancesAsync(seriesId)).Count);
        await _app.OutboxSentAsync();
        Assert.Single(await _app.InboxAsync("adele.vance"), m => m.Subject == "Megan Bowen recorded your mentoring decision");
    }

    [Fact]
    public async Task DecisionsInTheWrongStateOrWithBadFieldsAreRefused()
    {
        var proposed = await BookingWorld.Propose(_adele, mentor: "lee.gu", agree: false);
        using (var onProposal = await _adele.PostAsJsonAsync($"/api/relationships/{proposed}/decision", new { decision = "continue", additionalMeetings = 4 }))
        {
            Assert.Equal(HttpStatusCode.Conflict, onProposal.StatusCode);
            Assert.Equal("proposed", (await onProposal.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        }

        var (id, _) = await BookedAndAcceptedAsync();
        using (var early = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision", new { decision = "continue", additionalMeetings = 4 }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Equal("evaluationNotDue", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }
        await AtAsync(AfterMeetingFour);
        foreach (var (bad, field) in new (object Body, string Field)[]
        {
            (new { decision = "pause" }, "decision"),
            (new { decision = "continue", additionalMeetings = 0 }, "additionalMeetings"),
            (new { decision = "continue", additionalMeetings = 4, evaluateAfterMeetings = 3 }, "evaluateAfterMeetings"),
            (new { decision = "end", thankYouNote = new string('x', 5001) }, "thankYouNote"),
        })
        {
            using var response = await _adele.PostAsJsonAsync($"/api/relationships/{id}/decision", bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
        }
        Assert.Equal(8, (await RelationshipAsync(id)).GetProperty("meetingCount").GetInt32());
    }

    [Fact]
    public async Task WithTheEvaluationAtTheLastMeetingTheSweepWaitsOneIntervalForTheDecision()
    {
        var id = await BookingWorld.Propose(_adele, change: b => { b["meetingCount"] = 2; b["evaluateAfterMeetings"] = 2; });
        await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        await AtAsync(new DateTimeOffset(2027, 1, 11, 15, 0, 0, TimeSpan.Zero));
        await SweepAsync();
        Assert.Equal("due", Evaluation(await RelationshipAsync(id)).Status);
        Assert.Equal("invited", (await RelationshipAsync(id)).GetProperty("status").GetString());

        await AtAsync(new DateTimeOffset(2027, 1, 18, 15, 0, 0, TimeSpan.Zero));
        await SweepAsync();
        Assert.Equal("ended", (await RelationshipAsync(id)).GetProperty("status").GetString());
    }

    private async Task<(string Id, string SeriesId)> BookedAndAcceptedAsync()
    {
        var id = await BookingWorld.Propose(_adele);
        var booked = await BookingWorld.BookOk(_adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        var meganCopy = (await _app.Graph().Users["megan.bowen@contoso.example"].Events.GetAsync(rc => rc.QueryParameters.Top = 50))!.Value!
            .Single(e => e.Subject == "Mentoring: Adele Vance and Megan Bowen" && e.Type == EventType.SeriesMaster);
        await _app.Graph().Users["megan.bowen@contoso.example"].Events[meganCopy.Id].Accept.PostAsync(
            new Microsoft.Graph.Users.Item.Events.Item.Accept.AcceptPostRequestBody { SendResponse = true });
        await Eventually.Until(() => _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}"), r => r.GetProperty("status").GetString() == "active", "the series to be accepted");
        await _app.OutboxSentAsync();
        return (id, booked.GetProperty("series").GetProperty("eventId").GetString()!);
    }

    /// <summary>Moves the clock, with fresh clients (their tokens are judged by the same clock).</summary>
    private async Task AtAsync(DateTimeOffset when)
    {
        _app.Clock.SetUtcNow(when);
        _adele.Dispose();
        _megan.Dispose();
        _adele = await _app.ClientFor("adele.vance");
        _megan = await _app.ClientFor("megan.bowen");
    }

    private static Dictionary<string, int> WithoutMail(Dictionary<string, int> counters) =>
        counters.Where(c => !c.Key.EndsWith("/sendMail", StringComparison.Ordinal)).ToDictionary();

    private async Task SweepAsync()
    {
        using var diego = await _app.ClientFor("diego.siciliani");
        using var sweep = await diego.PostAsync("/api/admin/agenda-sweep", null);
        Assert.Equal(HttpStatusCode.OK, sweep.StatusCode);
    }

    private async Task<JsonElement> RelationshipAsync(string id) => await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}");

    private static (string Status, int AfterMeeting) Evaluation(JsonElement relationship)
    {
        var evaluation = relationship.GetProperty("evaluation");
        return (evaluation.GetProperty("status").GetString()!, evaluation.GetProperty("afterMeeting").GetInt32());
    }

    private async Task<List<Event>> InstancesAsync(string seriesId) =>
        (await _app.Graph().Users[Adele].Events[seriesId].Instances
            .GetAsync(rc => { rc.QueryParameters.StartDateTime = "2027-01-01T00:00:00Z"; rc.QueryParameters.EndDateTime = "2027-12-01T00:00:00Z"; rc.QueryParameters.Top = 100; }))!.Value!;


}
