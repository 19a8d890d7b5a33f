using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Notes;

public sealed class RecordTests : BookedPairTests
{
    protected override async Task ArrangeAsync()
    {
        var (first, _) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(0), new
        {
            meetingNotes = "We mapped my **strengths**.",
            mentorAdvice = "Talk to three PMs.",
            myActionPlan = "- Book coffees\n- Read *Inspired*",
            questionsForNextTime = "How are roadmaps decided?",
            actionItems = new object[]
            {
                new { text = "Draft a 30-60-90 plan", owner = "mentee", dueDate = "2027-01-18" },
                new { text = "Introduce Adele to Nestor", owner = "mentor" },
            },
        });
        var introduction = first.GetProperty("actionItems")[1].GetProperty("id").GetString();
        using var done = await NotesWorld.Patch(Megan, $"/api/relationships/{Booking.Id}/action-items/{introduction}", new { status = "done" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        await NotesWorld.PutOk(Megan, Booking.NotesUrl(1), new { meetingNotes = "Roadmaps: <script>alert(1)</script>" });
    }

    [Fact]
    public async Task TheTimelineHasTheAgreementThenEverySessionInOrderWithItsNotesAndItems()
    {
        var timeline = await Megan.GetFromJsonAsync<JsonElement>($"/api/relationships/{Booking.Id}/timeline");

        var agreement = timeline.GetProperty("agreement");
        Assert.Equal(Booking.Id, agreement.GetProperty("id").GetString());
        Assert.Equal("Prepare for a move into product management", agreement.GetProperty("purpose").GetString());
        var sessions = timeline.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(1, 8), sessions.Select(s => s.GetProperty("number").GetInt32()));
        Assert.Equal(Booking.Sessions.Select(s => s.GetProperty("id").GetString()), sessions.Select(s => s.GetProperty("id").GetString()));
        Assert.All(sessions, s => Assert.Equal("pending", s.GetProperty("agenda").GetProperty("status").GetString()));
        Assert.Equal(new DateTimeOffset(2027, 1, 4, 14, 0, 0, TimeSpan.Zero), sessions[0].GetProperty("start").GetDateTimeOffset());
        Assert.Equal("scheduled", sessions[0].GetProperty("status").GetString());

        var first = sessions[0].GetProperty("notes");
        Assert.Equal("We mapped my **strengths**.", first.GetProperty("meetingNotes").GetString());
        Assert.Equal("<p>We mapped my <strong>strengths</strong>.</p>\n", first.GetProperty("meetingNotesHtml").GetString());
        Assert.Equal(["open", "done"], first.GetProperty("actionItems").EnumerateArray().Select(i => i.GetProperty("status").GetString()));
        var second = sessions[1].GetProperty("notes");
        Assert.DoesNotContain("<script", second.GetProperty("meetingNotesHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, sessions[2].GetProperty("notes").GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task TheExportIsAMarkdownDocumentOfTheWholeRecord()
    {
        using var response = await Adele.GetAsync($"/api/relationships/{Booking.Id}/export?format=markdown");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("mentoring-record-adele-vance-megan-bowen-2027-01-01.md", response.Content.Headers.ContentDisposition.FileNameStar);
        var md = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Mentoring record: Adele Vance with Megan Bowen\n", md, StringComparison.Ordinal);
        Assert.Contains("### Purpose\n\nPrepare for a move into product management\n", md, StringComparison.Ordinal);
        Assert.Contains("1. Expand my professional network\n2. Understand organizational politics\n", md, StringComparison.Ordinal);
        Assert.Contains("- **Cadence:** weekly, 45 minutes a meeting", md, StringComparison.Ordinal);
        Assert.Contains("## Session 1: Monday 4 January 2027, 14:00–14:45 (Europe/London)", md, StringComparison.Ordinal);
        Assert.Contains("### Meeting notes\n\nWe mapped my **strengths**.\n", md, StringComparison.Ordinal);
        Assert.Contains("### Mentor's advice\n\nTalk to three PMs.\n", md, StringComparison.Ordinal);
        Assert.Contains("### My action plan\n\n- Book coffees\n- Read *Inspired*\n", md, StringComparison.Ordinal);
        Assert.Contains("### Questions for next time\n\nHow are roadmaps decided?\n", md, StringComparison.Ordinal);
        Assert.Contains("- [ ] Draft a 30-60-90 plan (mentee, due 2027-01-18)\n", md, StringComparison.Ordinal);
        Assert.Contains("- [x] Introduce Adele to Nestor (mentor, done 2027-01-01)\n", md, StringComparison.Ordinal);
        Assert.Contains("## Session 2: Monday 11 January 2027, 14:00–14:45 (Europe/London)\n\n### Meeting notes\n\nRoadmaps: <script>alert(1)</script>\n", md, StringComparison.Ordinal);
        Assert.Contains("## Session 8: Monday 22 February 2027", md, StringComparison.Ordinal);
        Assert.Equal(6, md.Split("_No notes filed._").Length - 1);
        Assert.DoesNotContain("&lt;", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("## Session 1:", StringComparison.Ordinal) < md.IndexOf("## Session 2:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheExportDefaultsToMarkdownAndRefusesOtherFormats()
    {
        using var byDefault = await Megan.GetAsync($"/api/relationships/{Booking.Id}/export");
        Assert.Equal("text/markdown", byDefault.Content.Headers.ContentType!.MediaType);

        using var pdf = await Megan.GetAsync($"/api/relationships/{Booking.Id}/export?format=pdf");

        await ProblemAssert.ValidationProblem(pdf, "format");
    }

    [Fact]
    public async Task TheEndpointsAreDescribedInTheOpenApiDocument()
    {
        using var anonymous = App.Anonymous();
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var (path, method) in new[]
        {
            ("/api/relationships/{id}/sessions/{sessionId}/notes", "get"),
            ("/api/relationships/{id}/sessions/{sessionId}/notes", "put"),
            ("/api/relationships/{id}/sessions/{sessionId}/notes/history", "get"),
            ("/api/relationships/{id}/sessions/{sessionId}/notes/history/{version}", "get"),
            ("/api/relationships/{id}/sessions/{sessionId}/action-items", "post"),
            ("/api/relationships/{id}/action-items", "get"),
            ("/api/relationships/{id}/action-items/{itemId}", "patch"),
            ("/api/relationships/{id}/timeline", "get"),
            ("/api/relationships/{id}/export", "get"),
            ("/api/sessions/by-event/{eventId}", "get"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing");
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty(method).GetProperty("summary").GetString()), $"{method} {path} has no summary");
        }
    }
}
