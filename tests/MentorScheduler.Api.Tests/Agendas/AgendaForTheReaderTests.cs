using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>
/// The agenda is written for its reader (issue 16): the mail to the mentor addresses the mentor and names the time in
/// the mentor's zone; the meeting's body addresses both; each item and question says who added it; the last session's
/// "questions for next time" come forward; progress is what was marked done since the previous agenda went out.
/// </summary>
public sealed class AgendaForTheReaderTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync() => _world = await AgendaWorld.BookedAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task TheMailAddressesTheMentorAndTheMeetingAddressesBoth()
    {
        (await _world.AddItem("adele.vance", 1, "Should I take the PM rotation?")).EnsureSuccessStatusCode();
        (await _world.AddItem("adele.vance", 1, "Which meetings should I ask to join?", "question")).EnsureSuccessStatusCode();
        (await _world.AddItem("megan.bowen", 1, "What did you learn from the launch?", "question")).EnsureSuccessStatusCode();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        await _world.Sweep();

        var mail = Assert.Single(await _world.Agendas(AgendaWorld.Megan));
        Assert.Equal("Agenda: mentoring session 1 with Adele Vance, Mon 18 Jan, 09:00 New York time", mail.Subject);
        var toMentor = mail.Body!.Content!;
        Assert.Contains("Agenda for your mentoring session 1 of 8 with Adele Vance", toMentor, StringComparison.Ordinal);
        Assert.Contains("Your time: Monday 18 January 2027, 09:00 (America/New_York)", toMentor, StringComparison.Ordinal);
        Assert.Contains("Your questions", toMentor, StringComparison.Ordinal);
        Assert.Contains("Adele Vance's questions", toMentor, StringComparison.Ordinal);

        var meeting = (await _world.Occurrence(1)).Body!.Content!;
        Assert.Contains("Megan Bowen's questions", meeting, StringComparison.Ordinal);
        Assert.DoesNotContain("Your questions", meeting, StringComparison.Ordinal);
        var text = (await _world.Agenda("adele.vance", 1)).GetProperty("text").GetString()!;
        Assert.Contains("Which meetings should I ask to join?", Section(text, "QUESTIONS FROM Adele Vance"), StringComparison.Ordinal);
        Assert.DoesNotContain("Which meetings should I ask to join?", Section(text, "QUESTIONS FROM Megan Bowen"), StringComparison.Ordinal);
        Assert.Contains("Should I take the PM rotation? (Adele Vance)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLastSessionsQuestionsForNextTimeAndWhatWasDoneSinceItsAgendaComeForward()
    {
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        await _world.Sweep(); // agenda 1 goes out
        _world.SetClock(AgendaWorld.FirstSession.AddHours(1));
        using (var adele = await _world.App.ClientFor("adele.vance"))
        {
            using var filed = await adele.PutAsJsonAsync($"/api/relationships/{_world.RelationshipId}/sessions/{_world.SessionIds[0]}/notes", new
            {
                meetingNotes = "Roadmaps.",
                questionsForNextTime = "How did the stakeholder review go?",
                actionItems = new[]
                {
                    new { text = "Draft a 30-60-90 plan", owner = "mentee", dueDate = "2027-01-29" },
                    new { text = "Send Adele the pricing memo", owner = "mentor", dueDate = "2027-01-19" },
                },
            });
            Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        }
        await _world.Sweep(); // agenda 2 goes out now that session 1 is filed

        var second = (await _world.Agenda("megan.bowen", 2)).GetProperty("text").GetString()!;
        Assert.Equal("sent", (await _world.Agenda("megan.bowen", 2)).GetProperty("status").GetString());
        Assert.Contains("How did the stakeholder review go?", Section(second, "QUESTIONS FOR THIS TIME"), StringComparison.Ordinal);
        Assert.Contains("- Draft a 30-60-90 plan (Adele Vance, due Fri 29 Jan)\n", Section(second, "OPEN ACTION ITEMS") + "\n", StringComparison.Ordinal); // not overdue
        Assert.Contains("Send Adele the pricing memo (Megan Bowen, due Tue 19 Jan) OVERDUE", Section(second, "OPEN ACTION ITEMS"), StringComparison.Ordinal);

        // Marked done after agenda 2 went out, before session 2: it shows as progress on agenda 3 (not lost between them).
        _world.SetClock(AgendaWorld.FirstSession.AddDays(3));
        using (var adele = await _world.App.ClientFor("adele.vance"))
        {
            var open = (await adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{_world.RelationshipId}/action-items?status=open"))!;
            var plan = open.Single(a => a.GetProperty("text").GetString() == "Draft a 30-60-90 plan").GetProperty("id").GetString();
            using var done = await adele.PatchAsJsonAsync($"/api/relationships/{_world.RelationshipId}/action-items/{plan}", new { status = "done" });
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }
        var third = (await _world.Agenda("megan.bowen", 3)).GetProperty("text").GetString()!;
        Assert.Contains("Draft a 30-60-90 plan (Adele Vance, done Thu 21 Jan)", Section(third, "PROGRESS SINCE LAST TIME"), StringComparison.Ordinal);
        Assert.Contains("Send Adele the pricing memo (Megan Bowen, due Tue 19 Jan) OVERDUE", Section(third, "OPEN ACTION ITEMS"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReminderNamesTheTimeTheAgendaGoesOutInTheMenteesZone()
    {
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-8)); // a day before session 1's agenda goes out, within the reminder's two days
        await _world.Sweep();

        var reminder = Assert.Single(await _world.Inbox(AgendaWorld.Adele), m => m.Subject!.StartsWith("Add your items for mentoring session 1", StringComparison.Ordinal));
        Assert.Contains("The agenda goes to Megan Bowen on Monday 11 January at 14:00 (London time)", reminder.Body!.Content, StringComparison.Ordinal);
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0) return string.Empty;
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
