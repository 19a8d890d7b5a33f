using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>Notes filed after a session feed the next agendas: open items carry forward, done ones show as progress once.</summary>
public sealed class AgendaCarryOverTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync() => _world = await AgendaWorld.BookedAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AnActionItemFromTheNotesIsCarriedUntilDoneThenShownOnceAsProgress()
    {
        _world.SetClock(AgendaWorld.FirstSession.AddHours(1));
        using (var adele = await _world.App.ClientFor("adele.vance"))
        {
            using var filed = await adele.PutAsJsonAsync($"/api/relationships/{_world.RelationshipId}/sessions/{_world.SessionIds[0]}/notes", new
            {
                meetingNotes = "Talked about **roadmaps**.",
                mentorAdvice = "Write the plan before the review.",
                actionItems = new[] { new { text = "Draft a 30-60-90 plan", owner = "mentee", dueDate = "2027-01-22" } },
            });
            Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        }

        var second = (await _world.Agenda("megan.bowen", 2)).GetProperty("text").GetString()!;
        var sessions = await SessionsAsMegan();
        Assert.True(sessions[0].GetProperty("notesFiled").GetBoolean());
        Assert.Contains("Draft a 30-60-90 plan (Adele Vance, due Fri 22 Jan)", second, StringComparison.Ordinal);

        _world.SetClock(AgendaWorld.FirstSession.AddDays(8));
        using (var adele = await _world.App.ClientFor("adele.vance"))
        {
            var open = await adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{_world.RelationshipId}/action-items?status=open");
            using var done = await adele.PatchAsJsonAsync($"/api/relationships/{_world.RelationshipId}/action-items/{open![0].GetProperty("id").GetString()}", new { status = "done" });
            Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        }

        var third = (await _world.Agenda("megan.bowen", 3)).GetProperty("text").GetString()!;
        var fourth = (await _world.Agenda("megan.bowen", 4)).GetProperty("text").GetString()!;
        Assert.Contains("Draft a 30-60-90 plan", Section(third, "PROGRESS SINCE LAST TIME"), StringComparison.Ordinal);
        Assert.DoesNotContain("Draft a 30-60-90 plan", Section(third, "OPEN ACTION ITEMS"), StringComparison.Ordinal);
        Assert.DoesNotContain("Draft a 30-60-90 plan", fourth, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> SessionsAsMegan()
    {
        using var megan = await _world.App.ClientFor("megan.bowen");
        return (await megan.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{_world.RelationshipId}/sessions"))!;
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
