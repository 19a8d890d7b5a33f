using System.Net;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Notes;

public sealed class SessionByEventTests : BookedPairTests
{
    [Theory]
    [InlineData("adele.vance")]
    [InlineData("megan.bowen")]
    [InlineData("diego.siciliani")]
    public async Task TheOrganisersOccurrenceIdLeadsToTheSession(string caller)
    {
        var occurrence = await NotesWorld.OccurrenceIn(App, NotesWorld.Mentee, Booking.Sessions[2]);
        using var client = await App.ClientFor(caller);

        var found = await Lookup(client, occurrence.Id!, HttpStatusCode.OK);

        Assert.Equal(Booking.Id, found.GetProperty("relationshipId").GetString());
        Assert.Equal(Booking.SessionId(2), found.GetProperty("session").GetProperty("id").GetString());
        Assert.Equal(3, found.GetProperty("session").GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task TheMentorsOwnCopyOfAnOccurrenceLeadsToTheSameSession()
    {
        var organisers = await NotesWorld.OccurrenceIn(App, NotesWorld.Mentee, Booking.Sessions[1]);
        var mentors = await NotesWorld.OccurrenceIn(App, NotesWorld.Mentor, Booking.Sessions[1]);
        Assert.NotEqual(organisers.Id, mentors.Id);

        var found = await Lookup(Megan, mentors.Id!, HttpStatusCode.OK);

        Assert.Equal(Booking.Id, found.GetProperty("relationshipId").GetString());
        Assert.Equal(Booking.SessionId(1), found.GetProperty("session").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("adele.vance")]
    [InlineData("megan.bowen")]
    public async Task ASeriesMastersIdWithTheOccurrencesStartLeadsToThatSession(string caller)
    {
        // Classic Outlook for Windows and Outlook for Mac give the add-in the series master's id for an occurrence.
        var upn = caller == "adele.vance" ? NotesWorld.Mentee : NotesWorld.Mentor;
        var occurrence = await NotesWorld.OccurrenceIn(App, upn, Booking.Sessions[2]);
        var start = Booking.Sessions[2].GetProperty("start").GetDateTimeOffset();
        using var client = await App.ClientFor(caller);

        var found = await Lookup(client, occurrence.SeriesMasterId!, HttpStatusCode.OK, start);
        var withoutStart = await Lookup(client, occurrence.SeriesMasterId!, HttpStatusCode.NotFound);

        Assert.Equal(Booking.SessionId(2), found.GetProperty("session").GetProperty("id").GetString());
        Assert.Equal("notFound", withoutStart.Code());
    }

    [Fact]
    public async Task AStrangerWithAValidIdGetsNotFound()
    {
        var organisers = await NotesWorld.OccurrenceIn(App, NotesWorld.Mentee, Booking.Sessions[0]);
        var mentors = await NotesWorld.OccurrenceIn(App, NotesWorld.Mentor, Booking.Sessions[0]);
        using var lee = await App.ClientFor("lee.gu");
        using var nestor = await App.ClientFor("nestor.wilke");
        await LeeBooksNestorAsMentor(lee);

        foreach (var client in new[] { lee, nestor })
        {
            foreach (var id in new[] { organisers.Id!, mentors.Id! })
                Assert.Equal("notFound", (await Lookup(client, id, HttpStatusCode.NotFound)).Code());
        }
    }

    [Theory]
    [InlineData("AAMkAGI2TG93AAA=")]
    [InlineData("AAMkAGI2/TG93+AAA=")]
    [InlineData("AAMk-AGI2_TG93AAA")]
    public async Task AnUnknownIdGetsNotFoundWhateverItsCharacters(string id)
    {
        Assert.Equal("notFound", (await Lookup(Megan, id, HttpStatusCode.NotFound)).Code());
        using var raw = await Megan.GetAsync($"/api/sessions/by-event/{id}");
        Assert.Equal("notFound", (await ProblemAssert.Problem(raw, HttpStatusCode.NotFound)).Code());
    }

    [Fact]
    public async Task ANonSessionEventInTheCallersCalendarGetsNotFound()
    {
        var page = await App.Graph().Users[NotesWorld.Mentor].CalendarView.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = "2027-01-05T00:00:00Z";
            rc.QueryParameters.EndDateTime = "2027-01-06T00:00:00Z";
        });
        var standing = page!.Value!.First(e => e.Subject == "Marketing team");

        Assert.Equal("notFound", (await Lookup(Megan, standing.Id!, HttpStatusCode.NotFound)).Code());
    }

    private static async Task<JsonElement> Lookup(HttpClient client, string eventId, HttpStatusCode status, DateTimeOffset? start = null)
    {
        var query = start is { } at ? "?start=" + Uri.EscapeDataString(at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)) : "";
        using var response = await client.GetAsync($"/api/sessions/by-event/{Uri.EscapeDataString(eventId)}{query}");
        return status == HttpStatusCode.OK
            ? await NotesWorld.Json(response, status)
            : await ProblemAssert.Problem(response, status);
    }

    /// <summary>Lee and Nestor get a relationship of their own, so the lookup reads their calendars too.</summary>
    private static async Task LeeBooksNestorAsMentor(HttpClient lee)
    {
        var id = await Scheduling.BookingWorld.Propose(lee, "nestor.wilke");
        await Scheduling.BookingWorld.BookOk(lee, id, new { start = "2027-01-05T09:00:00", timeZone = "Europe/London" });
    }
}
