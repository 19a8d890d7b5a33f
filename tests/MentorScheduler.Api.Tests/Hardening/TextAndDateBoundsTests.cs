using System.Net.Http.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Notes;
using MentorScheduler.Api.Tests.Relationships;
using MentorScheduler.Api.Tests.Scheduling;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>Control characters and far dates are refused before anything is stored (issue 11, points 6 and 8).</summary>
public sealed class TextAndDateBoundsTests : AdeleTests
{
    [Theory]
    [InlineData("purpose", "a\u0000b")]
    [InlineData("purpose", "bell\u0007")]
    [InlineData("goals", null)]
    public async Task AControlCharacterInAnyTextFieldIsRefusedNamingTheField(string field, string? value)
    {
        var body = value is null
            ? RelationshipRequests.With("goals", new System.Text.Json.Nodes.JsonArray("fine", "not\u001bfine"))
            : RelationshipRequests.With(field, value);

        using var response = await Adele.PostAsJsonAsync("/api/relationships", body);

        var problem = await ProblemAssert.ValidationProblem(response, value is null ? "goals[1]" : field);
        Assert.Contains("control character", problem.Detail(), StringComparison.Ordinal);
        Assert.Empty((await Adele.GetFromJsonAsync<List<object>>("/api/relationships"))!);
    }

    [Fact]
    public async Task TabsAndLineBreaksStayWelcome()
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.With("purpose", "Line one\r\n\tLine two"));

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ControlCharactersInNotesAndItemsAreRefused()
    {
        var booked = await NotesWorld.Book(Adele);

        using var notes = await NotesWorld.Put(Adele, booked.NotesUrl(), new { meetingNotes = "ok\u0000", mentorAdvice = "", myActionPlan = "", questionsForNextTime = "" });
        using var item = await Adele.PostAsJsonAsync($"/api/relationships/{booked.Id}/sessions/{booked.SessionId(1)}/items", new { text = "\u0000" });

        await ProblemAssert.ValidationProblem(notes, "meetingNotes");
        await ProblemAssert.ValidationProblem(item, "text");
    }

    [Fact]
    public async Task AStartDateBeyondTwoYearsIsRefused()
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.With("startDate", "9999-01-04"));

        await ProblemAssert.ValidationProblem(response, "startDate");
    }

    [Fact]
    public async Task AFarFirstMeetingIsRefusedWhenBookingAndAmending()
    {
        var id = await BookingWorld.Propose(Adele);

        using var farBooking = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { start = "9999-01-04T14:00:00", timeZone = "Europe/London" });
        await ProblemAssert.ValidationProblem(farBooking, "start");
        await BookingWorld.BookOk(Adele, id, new { start = "2027-01-04T14:00:00", timeZone = "Europe/London" });
        using var farAmend = await Adele.PostAsJsonAsync($"/api/relationships/{id}/amend", new { start = "9999-01-04T14:00:00", timeZone = "Europe/London" });

        await ProblemAssert.ValidationProblem(farAmend, "start");
        Assert.Single(await BookingWorld.SeriesInGraph(App.Graph(), DemoUsers.Adele, id));
    }

    [Fact]
    public async Task AFarDueDateIsRefused()
    {
        var booked = await NotesWorld.Book(Adele);

        using var response = await Adele.PostAsJsonAsync($"/api/relationships/{booked.Id}/sessions/{booked.SessionId(0)}/action-items",
            new { text = "Write the plan", owner = "mentee", dueDate = "9999-12-31" });

        await ProblemAssert.ValidationProblem(response, "dueDate");
    }

    [Fact]
    public async Task TheDevClockStaysWithinTheCalendarsRange()
    {
        using var response = await App.Anonymous().PostAsJsonAsync("/dev/clock", new { now = "9999-01-01T00:00:00Z" });

        await ProblemAssert.ValidationProblem(response, "now");
    }
}
