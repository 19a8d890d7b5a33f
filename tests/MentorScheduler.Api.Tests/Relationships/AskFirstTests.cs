using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Mail;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Relationships;

/// <summary>
/// Ask first (API.md "The relationship's life"): a proposal mails the mentor, the mentor accepts or declines before
/// anything is booked, the mentee is told, and while it is open the mentee edits or withdraws it.
/// </summary>
public sealed class AskFirstTests : IAsyncLifetime
{
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
    public async Task AProposalMailsTheMentorFromTheMenteesMailboxWithTheAgreementAndHowToAnswer()
    {
        await BookingWorld.Propose(_adele, agree: false, change: b => b["purpose"] = "Learn <script>alert(1)</script> product craft");

        var mail = Assert.Single(await InboxAsync("megan.bowen"), m => m.Subject!.Contains("mentor", StringComparison.Ordinal));
        Assert.Equal("Adele Vance asks you to be their mentor", mail.Subject);
        Assert.Equal("adele.vance@contoso.example", mail.From?.EmailAddress?.Address, ignoreCase: true);
        Assert.Contains("Learn &lt;script&gt;alert(1)&lt;/script&gt; product craft", mail.Body!.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.Body.Content, StringComparison.Ordinal);
        Assert.Contains("Accept", mail.Body.Content, StringComparison.Ordinal);
        Assert.Contains("After meeting 4", mail.Body.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingBeforeTheMentorSaysYesIsAConflictThatSaysWhy()
    {
        var id = await BookingWorld.Propose(_adele, agree: false);

        using var booking = await _adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        Assert.Equal(HttpStatusCode.Conflict, booking.StatusCode);
        var problem = await booking.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalidTransition", problem.GetProperty("code").GetString());
        Assert.Equal("proposed", problem.GetProperty("state").GetString());
        Assert.Contains("the mentor has not answered yet", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["edit", "withdraw", "answer"], problem.GetProperty("possible").EnumerateArray().Select(p => p.GetString()));
        Assert.Empty(await BookingWorld.SeriesInGraph(_app.Graph(), "adele.vance@contoso.example", id));
    }

    [Fact]
    public async Task TheMentorAcceptsWithACommentTheMenteeIsToldAndThenBooks()
    {
        var id = await BookingWorld.Propose(_adele, agree: false);

        using var answered = await _megan.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "accept", comment = "Gladly <b>yes</b>" });

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        var body = await answered.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("agreed", body.GetProperty("status").GetString());
        Assert.Equal("Gladly <b>yes</b>", body.GetProperty("mentorComment").GetString());
        Assert.Equal(_app.Clock.GetUtcNow(), body.GetProperty("answeredAt").GetDateTimeOffset());
        await _app.OutboxSentAsync();
        var told = Assert.Single(await InboxAsync("adele.vance"), m => m.Subject == "Megan Bowen agreed to be your mentor");
        Assert.Contains("Gladly &lt;b&gt;yes&lt;/b&gt;", told.Body!.Content, StringComparison.Ordinal);

        var booked = await BookingWorld.BookOk(_adele, id);
        Assert.Equal("invited", booked.GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheSameAnswerTwiceIsHarmlessAndSendsOneMail()
    {
        var id = await BookingWorld.Propose(_adele, agree: false);

        using var first = await _megan.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "accept" });
        using var second = await _megan.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "accept" });
        using var other = await _megan.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "decline" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Contains("agreed", (await other.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        await _app.OutboxSentAsync();
        Assert.Single(await InboxAsync("adele.vance"), m => m.Subject == "Megan Bowen agreed to be your mentor");
    }

    [Fact]
    public async Task ADeclineKeepsTheCommentLeavesTheActiveListsAndFreesThePair()
    {
        var id = await BookingWorld.Propose(_adele, agree: false);

        using var declined = await _megan.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "decline", comment = "My quarter is full; try Johanna." });

        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        var body = await declined.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("declined", body.GetProperty("status").GetString());
        Assert.Equal("My quarter is full; try Johanna.", body.GetProperty("mentorComment").GetString());
        await _app.OutboxSentAsync();
        var told = Assert.Single(await InboxAsync("adele.vance"), m => m.Subject == "Megan Bowen cannot be your mentor");
        Assert.Contains("My quarter is full; try Johanna.", told.Body!.Content, StringComparison.Ordinal);

        // Kept in history, and the pair may start again.
        var again = await BookingWorld.Propose(_adele, agree: false);
        Assert.NotEqual(id, again);
        var mine = await _adele.GetFromJsonAsync<List<JsonElement>>("/api/relationships");
        Assert.Equal(["declined", "proposed"], mine!.Where(r => r.GetProperty("mentor").GetProperty("upn").GetString() == "megan.bowen@contoso.example")
            .Select(r => r.GetProperty("status").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OnlyTheMentorAnswersTheMenteeAndTheAdminAreRefusedAndOthersSeeNothing()
    {
        var id = await BookingWorld.Propose(_adele, agree: false);
        using var diego = await _app.ClientFor("diego.siciliani");
        using var alex = await _app.ClientFor("alex.wilber");

        using var byMentee = await _adele.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "accept" });
        using var byAdmin = await diego.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "accept" });
        using var byStranger = await alex.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "accept" });
        using var withdrawnByMentor = await _megan.PostAsJsonAsync($"/api/relationships/{id}/withdraw", new { });
        using var editedByMentor = await _megan.PatchAsJsonAsync($"/api/relationships/{id}", new { purpose = "Mine now" });

        Assert.Equal(HttpStatusCode.Forbidden, byMentee.StatusCode);
        Assert.Equal("notMentor", (await byMentee.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byStranger.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withdrawnByMentor.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, editedByMentor.StatusCode);
        Assert.Equal("proposed", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{}""", "answer")]
    [InlineData("""{"answer":"maybe"}""", "answer")]
    [InlineData("""{"answer":"decline","comment":"LONG"}""", "comment")]
    public async Task AnAnswerThatIsNotOneIsRefusedNamingTheField(string json, string field)
    {
        var id = await BookingWorld.Propose(_adele, agree: false);
        using var content = new StringContent(json.Replace("LONG", new string('x', 2001), StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json");

        using var response = await _megan.PostAsync($"/api/relationships/{id}/answer", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal("proposed", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task TheMenteeEditsAnOpenProposalFieldsCheckedAsOnCreate()
    {
        var id = await BookingWorld.Propose(_adele, agree: false);

        using var edited = await _adele.PatchAsJsonAsync($"/api/relationships/{id}", new { purpose = "Move into product management by June", meetingCount = 10 });
        using var invalid = await _adele.PatchAsJsonAsync($"/api/relationships/{id}", new { meetingCount = 60, evaluateAfterMeetings = 0 });
        using var otherMentor = await _adele.PatchAsJsonAsync($"/api/relationships/{id}", new { mentorUpn = "johanna.lorenz@contoso.example" });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var body = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Move into product management by June", body.GetProperty("purpose").GetString());
        Assert.Equal(10, body.GetProperty("meetingCount").GetInt32());
        Assert.Equal(4, body.GetProperty("evaluateAfterMeetings").GetInt32());
        Assert.Equal("weekly", body.GetProperty("cadence").GetProperty("frequency").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("meetingCount", out _), errors.GetRawText());
        Assert.True(errors.TryGetProperty("evaluateAfterMeetings", out _), errors.GetRawText());
        Assert.Equal(HttpStatusCode.BadRequest, otherMentor.StatusCode);
        Assert.Equal(10, (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("meetingCount").GetInt32());

        await BookingWorld.Agree(_adele, id);
        using var afterYes = await _adele.PatchAsJsonAsync($"/api/relationships/{id}", new { purpose = "Changed after the yes" });
        Assert.Equal(HttpStatusCode.Conflict, afterYes.StatusCode);
        Assert.Contains("agreed", (await afterYes.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMenteeWithdrawsOnceTheMentorIsToldOnceAndTheRecordStays()
    {
        var id = await BookingWorld.Propose(_adele);

        using var first = await _adele.PostAsJsonAsync($"/api/relationships/{id}/withdraw", new { });
        using var second = await _adele.PostAsJsonAsync($"/api/relationships/{id}/withdraw", new { });
        using var booking = await _adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("withdrawn", (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, booking.StatusCode);
        var refusal = await booking.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Empty(refusal.GetProperty("possible").EnumerateArray());
        await _app.OutboxSentAsync();
        Assert.Single(await InboxAsync("megan.bowen"), m => m.Subject == "Adele Vance withdrew their mentoring request");
        Assert.Equal("withdrawn", (await _megan.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ABookedRelationshipCannotBeWithdrawnOrAnsweredAgain()
    {
        var id = await BookingWorld.Propose(_adele);
        await BookingWorld.BookOk(_adele, id);

        using var withdraw = await _adele.PostAsJsonAsync($"/api/relationships/{id}/withdraw", new { });
        using var answer = await _megan.PostAsJsonAsync($"/api/relationships/{id}/answer", new { answer = "decline" });

        Assert.Equal(HttpStatusCode.Conflict, withdraw.StatusCode);
        var problem = await withdraw.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invited", problem.GetProperty("state").GetString());
        Assert.Equal(["amend", "cancelsession", "end", "evaluate"], problem.GetProperty("possible").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
    }

    [Fact]
    public async Task AProposalWhoseMailGraphRefusesIsKeptAndTheMailIsSentOnceOnTheRetry()
    {
        await _app.InjectFault(new { route = "POST /users/{key}/sendMail", status = 403, count = 1 });
        using var created = await _adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var refused = await Eventually.Until(() => OutboxAsync(), m => m.Count == 1 && m[0].Attempts == 1, "the first send to be refused");
        Assert.Null(refused[0].SentAt);
        Assert.Equal("proposed", (await _adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}")).GetProperty("status").GetString());
        Assert.DoesNotContain(await InboxAsync("megan.bowen"), m => m.Subject == "Adele Vance asks you to be their mentor");

        // Its wait over, the outbox sends it, once.
        _app.Clock.Advance(TimeSpan.FromSeconds(20));
        _app.Services.GetRequiredService<MailSignal>().Queued();
        await _app.OutboxSentAsync();
        Assert.Single(await InboxAsync("megan.bowen"), m => m.Subject == "Adele Vance asks you to be their mentor");
        var sent = Assert.Single(await OutboxAsync());
        Assert.NotNull(sent.SentAt);
        Assert.Equal(1, sent.Attempts); // one refusal, then sent
    }

    private async Task<List<OutboxMail>> OutboxAsync()
    {
        using var scope = _app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>().OutboxMail.AsNoTracking().ToListAsync();
    }

    private async Task<List<Message>> InboxAsync(string user) =>
        (await _app.Graph().Users[$"{user}@contoso.example"].MailFolders["inbox"].Messages.GetAsync(rc => rc.QueryParameters.Top = 100))!.Value!;
}
