using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Notes;

public sealed class ActionItemTests : BookedPairTests
{
    private string Items => $"/api/relationships/{Booking.Id}/action-items";

    [Fact]
    public async Task AnOpenItemSetInSessionOneCarriesOverUntilItIsDone()
    {
        var (notes, _) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(0), new
        {
            meetingNotes = "First meeting",
            actionItems = new object[]
            {
                new { text = "Draft a 30-60-90 plan", owner = "mentee", dueDate = "2027-01-18" },
                new { text = "Introduce Adele to Nestor", owner = "mentor" },
            },
        });
        var draft = notes.GetProperty("actionItems")[0];
        var draftId = draft.GetProperty("id").GetString();
        Assert.Equal(Booking.SessionId(0), draft.GetProperty("sessionId").GetString());

        var open = (await Megan.GetFromJsonAsync<List<JsonElement>>(Items + "?status=open"))!;
        Assert.Equal(["Draft a 30-60-90 plan", "Introduce Adele to Nestor"], open.Select(i => i.GetProperty("text").GetString()));
        var listed = open[0];
        Assert.Equal(draftId, listed.GetProperty("id").GetString());
        Assert.Equal("mentee", listed.GetProperty("owner").GetString());
        Assert.Equal("2027-01-18", listed.GetProperty("dueDate").GetString());
        Assert.Equal("open", listed.GetProperty("status").GetString());
        Assert.Equal(Booking.SessionId(0), listed.GetProperty("sessionId").GetString());
        Assert.Equal(JsonValueKind.Null, open[1].GetProperty("dueDate").ValueKind);
        Assert.Empty((await Megan.GetFromJsonAsync<List<JsonElement>>(Items + "?status=done"))!);

        App.Clock.Advance(TimeSpan.FromMinutes(30));
        using var patched = await NotesWorld.Patch(Adele, $"{Items}/{draftId}", new { status = "done" });

        var done = await NotesWorld.Json(patched, HttpStatusCode.OK);
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(App.Clock.GetUtcNow(), done.GetProperty("completedAt").GetDateTimeOffset());
        var doneList = (await Megan.GetFromJsonAsync<List<JsonElement>>(Items + "?status=done"))!;
        Assert.Equal(draftId, Assert.Single(doneList).GetProperty("id").GetString());
        Assert.Equal(App.Clock.GetUtcNow(), doneList[0].GetProperty("completedAt").GetDateTimeOffset());
        Assert.Equal("Introduce Adele to Nestor", Assert.Single((await Megan.GetFromJsonAsync<List<JsonElement>>(Items + "?status=open"))!).GetProperty("text").GetString());
        Assert.Equal(2, (await Megan.GetFromJsonAsync<List<JsonElement>>(Items))!.Count);
    }

    [Fact]
    public async Task ReopeningAnItemClearsCompletedAtAndTheDueDateCanMove()
    {
        var id = await Create(0, new { text = "Read Inspired", owner = "mentee", dueDate = "2027-01-11" });
        using (var done = await NotesWorld.Patch(Adele, $"{Items}/{id}", new { status = "done" }))
            Assert.NotEqual(JsonValueKind.Null, (await NotesWorld.Json(done, HttpStatusCode.OK)).GetProperty("completedAt").ValueKind);

        using var reopened = await NotesWorld.Patch(Megan, $"{Items}/{id}", new { status = "open", dueDate = "2027-02-01" });

        var item = await NotesWorld.Json(reopened, HttpStatusCode.OK);
        Assert.Equal("open", item.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("completedAt").ValueKind);
        Assert.Equal("2027-02-01", item.GetProperty("dueDate").GetString());
        using var cleared = await NotesWorld.Patch(Megan, $"{Items}/{id}", new { dueDate = (string?)null });
        Assert.Equal(JsonValueKind.Null, (await NotesWorld.Json(cleared, HttpStatusCode.OK)).GetProperty("dueDate").ValueKind);
    }

    [Fact]
    public async Task AnItemAddedOnItsOwnBelongsToItsSessionAndShowsInTheNotes()
    {
        using var response = await Megan.PostAsJsonAsync($"/api/relationships/{Booking.Id}/sessions/{Booking.SessionId(1)}/action-items",
            new { text = "Send Adele the PM ladder", owner = "mentor" });

        var created = await NotesWorld.Json(response, HttpStatusCode.Created);
        Assert.Equal($"{Items}/{created.GetProperty("id").GetString()}", response.Headers.Location!.ToString());
        Assert.Equal(Booking.SessionId(1), created.GetProperty("sessionId").GetString());
        Assert.Equal("open", created.GetProperty("status").GetString());
        var (notes, etag) = await NotesWorld.GetOk(Adele, Booking.NotesUrl(1));
        Assert.Equal("Send Adele the PM ladder", Assert.Single(notes.GetProperty("actionItems").EnumerateArray()).GetProperty("text").GetString());
        Assert.StartsWith("\"0-", etag, StringComparison.Ordinal);
        Assert.Empty((await NotesWorld.GetOk(Adele, Booking.NotesUrl(0))).Notes.GetProperty("actionItems").EnumerateArray());
    }

    [Fact]
    public async Task TheNotesUpdateItemsByIdAddItemsWithoutAndKeepTheRest()
    {
        var keep = await Create(0, new { text = "Kept item", owner = "mentee" });
        var change = await Create(0, new { text = "Old text", owner = "mentee", dueDate = "2027-01-11" });
        using (var done = await NotesWorld.Patch(Adele, $"{Items}/{keep}", new { status = "done" }))
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var (_, etag) = await NotesWorld.GetOk(Adele, Booking.NotesUrl(0));

        var (notes, _) = await NotesWorld.PutOk(Megan, Booking.NotesUrl(0), new
        {
            meetingNotes = "Notes",
            actionItems = new object[]
            {
                new { id = change, text = "New text", owner = "mentor", dueDate = "2027-01-25" },
                new { text = "Brand new", owner = "mentee" },
            },
        }, etag);

        var items = notes.GetProperty("actionItems").EnumerateArray().ToDictionary(i => i.GetProperty("text").GetString()!);
        Assert.Equal(["Brand new", "Kept item", "New text"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("done", items["Kept item"].GetProperty("status").GetString());
        Assert.Equal(change, items["New text"].GetProperty("id").GetString());
        Assert.Equal("mentor", items["New text"].GetProperty("owner").GetString());
        Assert.Equal("2027-01-25", items["New text"].GetProperty("dueDate").GetString());
        Assert.Equal("open", items["Brand new"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task ItemsSavedTogetherKeepTheOrderTheyWereWrittenIn()
    {
        var texts = Enumerable.Range(1, 12).Select(i => $"Step {i}").ToArray();

        var (notes, _) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(0), new { actionItems = texts.Select(t => new { text = t, owner = "mentee" }) });

        Assert.Equal(texts, notes.GetProperty("actionItems").EnumerateArray().Select(i => i.GetProperty("text").GetString()));
        Assert.Equal(texts, (await Adele.GetFromJsonAsync<List<JsonElement>>(Items))!.Select(i => i.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task AnItemOfAnotherSessionCannotBeChangedThroughTheseNotes()
    {
        var other = await Create(1, new { text = "Session two's item", owner = "mentee" });

        using var response = await NotesWorld.Put(Adele, Booking.NotesUrl(0), new
        {
            actionItems = new[] { new { id = other, text = "Hijacked", owner = "mentee" } },
        });

        await ProblemAssert.ValidationProblem(response, "actionItems[0].id");
        var item = await Adele.GetFromJsonAsync<JsonElement>($"{Items}/{other}");
        Assert.Equal("Session two's item", item.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{\"status\":\"finished\"}", "status")]
    [InlineData("{\"dueDate\":\"18/01/2027\"}", "dueDate")]
    [InlineData("{\"text\":\"\"}", "text")]
    [InlineData("{}", "body")]
    public async Task AMalformedChangeIsRefusedNamingTheField(string body, string field)
    {
        var id = await Create(0, new { text = "Item", owner = "mentee" });

        using var response = await Adele.PatchAsync($"{Items}/{id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await ProblemAssert.ValidationProblem(response, field);
    }

    [Fact]
    public async Task AnUnknownStatusFilterIsRefused()
    {
        using var response = await Adele.GetAsync(Items + "?status=later");

        await ProblemAssert.ValidationProblem(response, "status");
    }

    private async Task<string> Create(int session, object body)
    {
        using var response = await Adele.PostAsJsonAsync($"/api/relationships/{Booking.Id}/sessions/{Booking.SessionId(session)}/action-items", body);
        return (await NotesWorld.Json(response, HttpStatusCode.Created)).GetProperty("id").GetString()!;
    }
}
