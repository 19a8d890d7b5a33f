using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Notes;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Notes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>Notes that cannot be rendered are refused before they are stored, and stored ones stay readable (point 5).</summary>
public sealed class DeepMarkdownTests : AdeleTests
{
    private static readonly string Deep = new string('>', 5000) + " too deep";

    [Fact]
    public void MarkdigRefusesTheDeepNestingTheseTestsUse()
    {
        Assert.False(NotesMarkdown.TryToHtml(Deep, out _));
        Assert.True(NotesMarkdown.TryToHtml("> quoted\n\n- a\n  - b", out var html));
        Assert.Contains("<blockquote>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotesNestedTooDeeplyAreRefusedNamingTheSectionAndNothingIsSaved()
    {
        var booked = await NotesWorld.Book(Adele);

        using var response = await NotesWorld.Put(Adele, booked.NotesUrl(), new { meetingNotes = "fine", mentorAdvice = Deep, myActionPlan = "", questionsForNextTime = "" });

        await ProblemAssert.ValidationProblem(response, "mentorAdvice");
        var notes = await Adele.GetFromJsonAsync<JsonElement>(booked.NotesUrl());
        Assert.Equal(0, notes.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task AStoredVersionThatCannotBeRenderedIsStillReadable()
    {
        var booked = await NotesWorld.Book(Adele);
        await NotesWorld.PutOk(Adele, booked.NotesUrl(), new { meetingNotes = "fine", mentorAdvice = "", myActionPlan = "", questionsForNextTime = "" });
        await using (var scope = App.Services.CreateAsyncScope())
        {
            // Stored before the rule existed, or by an older Markdig: the record must still read.
            var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
            await db.SessionNoteVersions.ExecuteUpdateAsync(set => set.SetProperty(v => v.MeetingNotes, Deep));
        }

        using var notes = await Adele.GetAsync(booked.NotesUrl());
        using var history = await Adele.GetAsync(booked.NotesUrl() + "/history/1");
        using var timeline = await Adele.GetAsync($"/api/relationships/{booked.Id}/timeline");

        Assert.Equal(HttpStatusCode.OK, notes.StatusCode);
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
        var body = await notes.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Deep, body.GetProperty("meetingNotes").GetString());
        Assert.Equal(NotesMarkdown.Unrenderable, body.GetProperty("meetingNotesHtml").GetString());
    }
}
