using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Notes;

public sealed class NotesLimitsTests : BookedPairTests
{
    [Theory]
    [InlineData("meetingNotes")]
    [InlineData("mentorAdvice")]
    [InlineData("myActionPlan")]
    [InlineData("questionsForNextTime")]
    public async Task ASectionOf20001CharactersIsRefusedNamingIt(string field)
    {
        using var response = await NotesWorld.Put(Adele, Booking.NotesUrl(), new Dictionary<string, string> { [field] = new string('a', 20_001) });

        var problem = await ProblemAssert.ValidationProblem(response, field);
        Assert.Contains("20000", problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("\"0\"", (await NotesWorld.GetOk(Adele, Booking.NotesUrl())).ETag);
    }

    [Fact]
    public async Task ASectionOfExactly20000CharactersIsSaved()
    {
        var (notes, _) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new { meetingNotes = new string('a', 20_000) });

        Assert.Equal(20_000, notes.GetProperty("meetingNotes").GetString()!.Length);
    }

    [Fact]
    public async Task FiftyOneActionItemsAreRefusedNamingActionItems()
    {
        var items = Enumerable.Range(1, 51).Select(i => new { text = $"Item {i}", owner = "mentee" }).ToArray();

        using var response = await NotesWorld.Put(Adele, Booking.NotesUrl(), new { actionItems = items });

        await ProblemAssert.ValidationProblem(response, "actionItems");
        Assert.Empty((await Adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{Booking.Id}/action-items"))!);
    }

    [Fact]
    public async Task FiftyItemsFitButTheFiftyFirstIsRefusedOnItsOwnToo()
    {
        var items = Enumerable.Range(1, 50).Select(i => new { text = $"Item {i}", owner = "mentee" }).ToArray();
        await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new { actionItems = items });

        using var response = await Adele.PostAsJsonAsync($"/api/relationships/{Booking.Id}/sessions/{Booking.SessionId(0)}/action-items",
            new { text = "One more", owner = "mentee" });

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("tooManyActionItems", problem.Code());
    }

    [Fact]
    public async Task EachBrokenActionItemFieldIsNamedByItsPath()
    {
        var body = """
        {"actionItems":[
          {"text":"Fine","owner":"boss"},
          {"text":"Fine","owner":"mentee","dueDate":"next week"},
          {"text":"Fine","owner":"mentor","status":"maybe"},
          {"text":"","owner":"mentee"},
          {"text":"Fine"}
        ],
        "meetingNotes":"ok"}
        """;
        using var request = new HttpRequestMessage(HttpMethod.Put, Booking.NotesUrl()) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

        using var response = await Adele.SendAsync(request);

        await ProblemAssert.ValidationProblem(response,
            "actionItems[0].owner", "actionItems[1].dueDate", "actionItems[2].status", "actionItems[3].text", "actionItems[4].owner");
    }

    [Fact]
    public async Task AnActionItemOfMoreThan1000CharactersIsRefused()
    {
        using var response = await NotesWorld.Put(Adele, Booking.NotesUrl(), new
        {
            actionItems = new[] { new { text = "ok", owner = "mentee" }, new { text = new string('x', 1001), owner = "mentee" } },
        });

        await ProblemAssert.ValidationProblem(response, "actionItems[1].text");
    }

    [Fact]
    public async Task ABodyOverOneMegabyteGets413AndNothingIsSaved()
    {
        // Expect: 100-continue lets the server refuse before the body is sent, so the refusal cannot race the upload.
        using var response = await PutRaw("{\"meetingNotes\":\"" + new string('a', 1024 * 1024) + "\"}", expectContinue: true);

        // Kestrel refuses the body while the endpoint reads it; the status-code pages write the problem.
        var problem = await ProblemAssert.Problem(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Content Too Large", problem.GetProperty("title").GetString());
        Assert.Equal("\"0\"", (await NotesWorld.GetOk(Adele, Booking.NotesUrl())).ETag);
    }

    [Fact]
    public async Task ABodyJustUnderOneMegabyteIsReadAndJudgedByTheFieldRules()
    {
        using var response = await PutRaw("{\"meetingNotes\":\"" + new string('a', 1000 * 1000) + "\"}");

        await ProblemAssert.ValidationProblem(response, "meetingNotes");
    }

    [Fact]
    public async Task ScriptInNotesIsRenderedInert()
    {
        var (notes, _) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new
        {
            meetingNotes = "Hello <script>alert('x')</script> and [a link](javascript:alert(1))",
            mentorAdvice = "<img src=x onerror=alert(1)> [fine](https://contoso.example)",
        });

        var meeting = notes.GetProperty("meetingNotesHtml").GetString()!;
        Assert.DoesNotContain("<script", meeting, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", meeting, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("a link", meeting, StringComparison.Ordinal);
        var advice = notes.GetProperty("mentorAdviceHtml").GetString()!;
        Assert.DoesNotContain("<img", advice, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://contoso.example\">fine</a>", advice, StringComparison.Ordinal);
        // The Markdown itself is kept exactly as written.
        Assert.Equal("Hello <script>alert('x')</script> and [a link](javascript:alert(1))", notes.GetProperty("meetingNotes").GetString());
    }

    private async Task<HttpResponseMessage> PutRaw(string json, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Booking.NotesUrl()) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = expectContinue;
        return await Adele.SendAsync(request);
    }
}
