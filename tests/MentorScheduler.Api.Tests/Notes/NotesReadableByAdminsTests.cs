using System.Net;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Notes;

/// <summary>A tenant that lets program admins read notes (<c>Privacy:AdminsReadNotes=true</c>): they read it all, and still change nothing.</summary>
public sealed class NotesReadableByAdminsTests : BookedPairTests
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Privacy:AdminsReadNotes"] = "true" };

    [Fact]
    public async Task AProgramAdminReadsTheTextAndChangesNothing()
    {
        var (notes, etag) = await NotesWorld.PutOk(Adele, Booking.NotesUrl(), new
        {
            meetingNotes = "Private notes",
            actionItems = new[] { new { text = "Draft a plan", owner = "mentee" } },
        });
        var itemId = notes.GetProperty("actionItems")[0].GetProperty("id").GetString()!;
        var occurrence = (await NotesWorld.OccurrenceIn(App, NotesWorld.Mentee, Booking.Sessions[0])).Id!;
        using var diego = await App.ClientFor("diego.siciliani");

        foreach (var url in NotesAccessTests.ReadsOf(Booking, itemId, occurrence))
        {
            using var response = await diego.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var (read, _) = await NotesWorld.GetOk(diego, Booking.NotesUrl());
        Assert.Equal("Private notes", read.GetProperty("meetingNotes").GetString());
        using var write = await NotesWorld.Put(diego, Booking.NotesUrl(), new { meetingNotes = "Overwritten" }, etag);
        Assert.Equal("readOnly", (await ProblemAssert.Problem(write, HttpStatusCode.Forbidden)).Code());
    }
}
