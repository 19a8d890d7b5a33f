using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Notes;

public sealed class NotesConcurrencyTests : BookedPairTests
{
    [Fact]
    public async Task BeforeAnySaveTheNotesAreEmptyWithETagZero()
    {
        var (notes, etag) = await NotesWorld.GetOk(Adele, Booking.NotesUrl());

        Assert.Equal("\"0\"", etag);
        Assert.Equal(0, notes.GetProperty("version").GetInt32());
        foreach (var field in new[] { "meetingNotes", "meetingNotesHtml", "mentorAdvice", "mentorAdviceHtml", "myActionPlan", "myActionPlanHtml", "questionsForNextTime", "questionsForNextTimeHtml" })
            Assert.Equal(string.Empty, notes.GetProperty(field).GetString());
        Assert.Empty(notes.GetProperty("actionItems").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, notes.GetProperty("updatedBy").ValueKind);
    }

    [Fact]
    public async Task TheFirstSaveNeedsNoIfMatchAndAnswersTheNotesWithAnETag()
    {
        // After the first meeting; tokens are signed for the new time.
        App.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 15, 0, 0, TimeSpan.Zero));
        using var adele = await App.ClientFor("adele.vance");
        using var megan = await App.ClientFor("megan.bowen");

        var (notes, etag) = await NotesWorld.PutOk(adele, Booking.NotesUrl(), new
        {
            meetingNotes = "We talked about **roadmaps**.",
            mentorAdvice = "Shadow a product manager for a week.",
            myActionPlan = "1. Ask Nestor\n2. Read *Inspired*",
            questionsForNextTime = "How do PMs say no?",
        });

        Assert.Equal("\"1\"", etag);
        Assert.Equal(1, notes.GetProperty("version").GetInt32());
        Assert.Equal("We talked about **roadmaps**.", notes.GetProperty("meetingNotes").GetString());
        Assert.Equal("<p>We talked about <strong>roadmaps</strong>.</p>\n", notes.GetProperty("meetingNotesHtml").GetString());
        Assert.Contains("<em>Inspired</em>", notes.GetProperty("myActionPlanHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal("adele.vance@contoso.example", notes.GetProperty("updatedBy").GetProperty("upn").GetString());
        Assert.Equal(App.Clock.GetUtcNow(), notes.GetProperty("updatedAt").GetDateTimeOffset());
        var (read, readETag) = await NotesWorld.GetOk(megan, Booking.NotesUrl());
        Assert.Equal(etag, readETag);
        Assert.Equal("How do PMs say no?", read.GetProperty("questionsForNextTime").GetString());
    }

    [Fact]
    public async Task TwoWritersOnTheSameVersionTheStaleOneGets412AndTheNewerTextIsKept()
    {
        var (_, first) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new { meetingNotes = "Draft by Adele" });
        var (_, adeleRead) = await NotesWorld.GetOk(Adele, Booking.NotesUrl());
        var (_, meganRead) = await NotesWorld.GetOk(Megan, Booking.NotesUrl());
        Assert.Equal(first, adeleRead);
        Assert.Equal(first, meganRead);

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var (_, newer) = await NotesWorld.PutOk(Megan, Booking.NotesUrl(), new { meetingNotes = "Draft by Adele", mentorAdvice = "Megan's advice" }, meganRead);
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        using var stale = await NotesWorld.Put(Adele, Booking.NotesUrl(), new { meetingNotes = "Adele's rewrite" }, adeleRead);

        var problem = await ProblemAssert.Problem(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal("notesChanged", problem.Code());
        Assert.Contains("Reload", problem.Detail(), StringComparison.Ordinal);
        Assert.Contains("merge", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(newer, problem.GetProperty("currentETag").GetString());
        Assert.Equal(newer, stale.Headers.ETag!.ToString());

        var (current, etag) = await NotesWorld.GetOk(Adele, Booking.NotesUrl());
        Assert.Equal(newer, etag);
        Assert.Equal("Draft by Adele", current.GetProperty("meetingNotes").GetString());
        Assert.Equal("Megan's advice", current.GetProperty("mentorAdvice").GetString());
        Assert.Equal("megan.bowen@contoso.example", current.GetProperty("updatedBy").GetProperty("upn").GetString());

        var history = (await Adele.GetFromJsonAsync<List<JsonElement>>(Booking.NotesUrl() + "/history"))!;
        Assert.Equal([1, 2], history.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["adele.vance@contoso.example", "megan.bowen@contoso.example"],
            history.Select(v => v.GetProperty("author").GetProperty("upn").GetString()));
        Assert.Equal("Megan Bowen", history[1].GetProperty("author").GetProperty("displayName").GetString());
        Assert.Equal(TestApp.DefaultNow.AddMinutes(5), history[1].GetProperty("savedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task EveryEarlierVersionCanBeReadInFull()
    {
        var (_, v1) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new
        {
            meetingNotes = "First *take*",
            actionItems = new[] { new { text = "Draft a 30-60-90 plan", owner = "mentee", dueDate = "2027-01-18" } },
        });
        await NotesWorld.PutOk(Megan, Booking.NotesUrl(), new { meetingNotes = "Second take" }, v1);

        var first = await Adele.GetFromJsonAsync<JsonElement>(Booking.NotesUrl() + "/history/1");
        var second = await Adele.GetFromJsonAsync<JsonElement>(Booking.NotesUrl() + "/history/2");

        Assert.Equal("First *take*", first.GetProperty("meetingNotes").GetString());
        Assert.Equal("<p>First <em>take</em></p>\n", first.GetProperty("meetingNotesHtml").GetString());
        Assert.Equal("adele.vance@contoso.example", first.GetProperty("author").GetProperty("upn").GetString());
        var item = Assert.Single(first.GetProperty("actionItems").EnumerateArray());
        Assert.Equal("Draft a 30-60-90 plan", item.GetProperty("text").GetString());
        Assert.Equal("2027-01-18", item.GetProperty("dueDate").GetString());
        Assert.Equal("Second take", second.GetProperty("meetingNotes").GetString());
        // The item was not in the second save's array: it is kept, not dropped.
        Assert.Single(second.GetProperty("actionItems").EnumerateArray());
        using var missing = await Adele.GetAsync(Booking.NotesUrl() + "/history/3");
        Assert.Equal("notFound", (await ProblemAssert.Problem(missing, HttpStatusCode.NotFound)).Code());
    }

    [Fact]
    public async Task OnceNotesExistASaveWithoutIfMatchGets428AndChangesNothing()
    {
        var (_, etag) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new { meetingNotes = "Kept" });

        using var response = await NotesWorld.Put(Megan, Booking.NotesUrl(), new { meetingNotes = "Overwrite" });

        var problem = await ProblemAssert.Problem(response, (HttpStatusCode)428);
        Assert.Equal("ifMatchRequired", problem.Code());
        Assert.Contains("If-Match", problem.Detail(), StringComparison.Ordinal);
        var (notes, after) = await NotesWorld.GetOk(Adele, Booking.NotesUrl());
        Assert.Equal(etag, after);
        Assert.Equal("Kept", notes.GetProperty("meetingNotes").GetString());
    }

    [Fact]
    public async Task AnETagFromBeforeTheFirstSaveIsStaleOnceSomeoneSaved()
    {
        var (_, zero) = await NotesWorld.GetOk(Megan, Booking.NotesUrl());
        await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new { meetingNotes = "Adele was first" });

        using var response = await NotesWorld.Put(Megan, Booking.NotesUrl(), new { meetingNotes = "Megan's" }, zero);

        await ProblemAssert.Problem(response, HttpStatusCode.PreconditionFailed);
        var (notes, _) = await NotesWorld.GetOk(Adele, Booking.NotesUrl());
        Assert.Equal("Adele was first", notes.GetProperty("meetingNotes").GetString());
    }

    [Fact]
    public async Task MarkingAnItemDoneElsewhereMakesAnOlderCopyOfTheNotesStale()
    {
        var (saved, etag) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new
        {
            meetingNotes = "Notes",
            actionItems = new[] { new { text = "Draft a plan", owner = "mentee" } },
        });
        var itemId = saved.GetProperty("actionItems")[0].GetProperty("id").GetString();
        using (var done = await NotesWorld.Patch(Megan, $"/api/relationships/{Booking.Id}/action-items/{itemId}", new { status = "done" }))
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);

        using var response = await NotesWorld.Put(Adele, Booking.NotesUrl(), new
        {
            meetingNotes = "Notes, edited",
            actionItems = new[] { new { id = itemId, text = "Draft a plan", owner = "mentee", status = "open" } },
        }, etag);

        await ProblemAssert.Problem(response, HttpStatusCode.PreconditionFailed);
        var item = await Adele.GetFromJsonAsync<JsonElement>($"/api/relationships/{Booking.Id}/action-items/{itemId}");
        Assert.Equal("done", item.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SavingTheSameContentAgainAddsNoVersion()
    {
        var body = new { meetingNotes = "Same" };
        var (_, etag) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), body);

        var (notes, again) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), body, etag);

        Assert.Equal(etag, again);
        Assert.Equal(1, notes.GetProperty("version").GetInt32());
        Assert.Single((await Adele.GetFromJsonAsync<List<JsonElement>>(Booking.NotesUrl() + "/history"))!);
    }

    [Fact]
    public async Task OfManySimultaneousSavesOnOneVersionExactlyOneWins()
    {
        var (_, etag) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new { meetingNotes = "Start" });

        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => NotesWorld.Put(i % 2 == 0 ? Adele : Megan,
            Booking.NotesUrl(), new { meetingNotes = $"Writer {i}", actionItems = new[] { new { text = $"Item of writer {i}", owner = "mentee" } } }, etag)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
        foreach (var response in responses) response.Dispose();
        var (notes, _) = await NotesWorld.GetOk(Adele, Booking.NotesUrl());
        Assert.Equal(2, notes.GetProperty("version").GetInt32());
        var item = Assert.Single(notes.GetProperty("actionItems").EnumerateArray());
        Assert.Equal(notes.GetProperty("meetingNotes").GetString()!.Replace("Writer", "Item of writer", StringComparison.Ordinal), item.GetProperty("text").GetString());
    }

    [Fact]
    public async Task IfMatchAcceptsAListOfETagsAndTheWildcardButNeverAWeakTag()
    {
        var (_, etag) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new { meetingNotes = "One" });

        using (var weak = await NotesWorld.Put(Megan, Booking.NotesUrl(), new { meetingNotes = "Weak" }, "W/" + etag))
            await ProblemAssert.Problem(weak, HttpStatusCode.PreconditionFailed);
        var (_, second) = await NotesWorld.PutOk(Megan, Booking.NotesUrl(), new { meetingNotes = "Two" }, $"\"41\", {etag}");
        var (notes, _) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new { meetingNotes = "Three" }, "*");

        Assert.Equal("\"2\"", second);
        Assert.Equal(3, notes.GetProperty("version").GetInt32());
    }
}
