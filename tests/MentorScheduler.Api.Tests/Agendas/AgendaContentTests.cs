using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Notes;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>What an agenda says, and the items that feed it.</summary>
public sealed class AgendaContentTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync() => _world = await AgendaWorld.BookedAsync(evaluateAfter: 2);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task TheAgendaHasTheAgreementItemsQuestionsAndOpenActions()
    {
        (await _world.AddItem("adele.vance", 2, "Should I take the PM rotation?")).EnsureSuccessStatusCode();
        (await _world.AddItem("megan.bowen", 2, "What did you learn from the launch?", "question")).EnsureSuccessStatusCode();
        await AddAction(session: 1, "Draft a 30-60-90 plan", ActionOwner.Mentee, new DateOnly(2027, 1, 20), done: null);
        await AddAction(session: 1, "Introduce Adele to Nestor", ActionOwner.Mentor, new DateOnly(2027, 2, 28), done: null);
        await AddAction(session: 1, "Read the pricing memo", ActionOwner.Mentee, null, done: new DateTimeOffset(2027, 1, 20, 9, 0, 0, TimeSpan.Zero));

        var agenda = await _world.Agenda("adele.vance", 2);

        var text = agenda.GetProperty("text").GetString()!;
        var html = agenda.GetProperty("html").GetString()!;
        Assert.Equal("pending", agenda.GetProperty("status").GetString());
        Assert.Contains("Prepare for a move into product management", text, StringComparison.Ordinal);
        Assert.Contains("Expand my professional network", text, StringComparison.Ordinal);
        Assert.Contains("Should I take the PM rotation?", text, StringComparison.Ordinal);
        Assert.Contains("What did you learn from the launch?", Section(text, "QUESTIONS FROM Megan Bowen"), StringComparison.Ordinal);
        Assert.Contains("Should I take the PM rotation? (Adele Vance)", Section(text, "FOR DISCUSSION"), StringComparison.Ordinal);
        Assert.Contains("Draft a 30-60-90 plan (Adele Vance, due Wed 20 Jan) OVERDUE", text, StringComparison.Ordinal);
        Assert.Contains("Introduce Adele to Nestor (Megan Bowen, due Sun 28 Feb)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Introduce Adele to Nestor (Megan Bowen, due Sun 28 Feb) OVERDUE", text, StringComparison.Ordinal);
        Assert.Contains("Read the pricing memo", Section(text, "PROGRESS SINCE LAST TIME"), StringComparison.Ordinal);
        Assert.Contains("Monday 25 January 2027, 14:00 (Europe/London)", text, StringComparison.Ordinal);
        Assert.Contains("Monday 25 January 2027, 09:00 (America/New_York)", text, StringComparison.Ordinal);
        Assert.Contains("(overdue)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEvaluationPromptIsOnTheAgreedSessionOnly()
    {
        var second = (await _world.Agenda("adele.vance", 2)).GetProperty("text").GetString()!;
        var third = (await _world.Agenda("adele.vance", 3)).GetProperty("text").GetString()!;

        Assert.Contains("continue, amend or end", second, StringComparison.Ordinal);
        Assert.DoesNotContain("continue, amend or end", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkupInAnItemShowsAsText()
    {
        (await _world.AddItem("adele.vance", 1, "<script>alert('x')</script><b>bold?</b>")).EnsureSuccessStatusCode();

        var html = (await _world.Agenda("megan.bowen", 1)).GetProperty("html").GetString()!;

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold?</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItemsAddedAfterTheAgendaWentOutGoToTheNextSession()
    {
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        await _world.Sweep();

        using var late = await _world.AddItem("adele.vance", 1, "One more thing");

        Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        var item = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(_world.SessionIds[1], item.GetProperty("sessionId").GetString());
        Assert.DoesNotContain("One more thing", (await _world.Agenda("adele.vance", 1)).GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("One more thing", (await _world.Agenda("adele.vance", 2)).GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAuthorEditsAndRemovesTheirItemUntilTheAgendaIsSent()
    {
        using var created = await _world.AddItem("adele.vance", 1, "First draft");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var path = $"/api/relationships/{_world.RelationshipId}/sessions/{_world.SessionIds[0]}/items/{id}";
        using var adele = await _world.App.ClientFor("adele.vance");
        using var megan = await _world.App.ClientFor("megan.bowen");

        using var notAuthor = await megan.PatchAsJsonAsync(path, new { text = "Megan's edit" });
        using var edited = await adele.PatchAsJsonAsync(path, new { text = "Second draft" });
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        await _world.Sweep();
        using var adeleLater = await _world.App.ClientFor("adele.vance");
        using var tooLate = await adeleLater.DeleteAsync(path);

        await ProblemAssert.Problem(notAuthor, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var problem = await ProblemAssert.Problem(tooLate, HttpStatusCode.Conflict);
        Assert.Equal("agendaSent", problem.Code());
        Assert.Contains("Second draft", (await _world.Agenda("megan.bowen", 1)).GetProperty("html").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "discussion", "text")]
    [InlineData("fine", "gossip", "kind")]
    public async Task ABadItemNamesTheField(string text, string kind, string field)
    {
        using var response = await _world.AddItem("adele.vance", 1, text, kind);

        await ProblemAssert.ValidationProblem(response, field);
    }

    [Fact]
    public async Task AnItemOfTwoThousandOneCharactersIsRefused()
    {
        using var response = await _world.AddItem("adele.vance", 1, new string('x', 2001));

        await ProblemAssert.ValidationProblem(response, "text");
    }

    [Fact]
    public async Task AStrangerCannotSeeOrAddItemsAndAnAdminNeitherAddsNorReadsThem()
    {
        using var lee = await _world.AddItem("lee.gu", 1, "hello");
        using var diego = await _world.AddItem("diego.siciliani", 1, "hello");
        using var diegoClient = await _world.App.ClientFor("diego.siciliani");
        using var adminReads = await diegoClient.GetAsync($"/api/relationships/{_world.RelationshipId}/sessions/{_world.SessionIds[0]}/agenda");
        using var leeClient = await _world.App.ClientFor("lee.gu");
        using var leeReads = await leeClient.GetAsync($"/api/relationships/{_world.RelationshipId}/sessions/{_world.SessionIds[0]}/agenda");
        using var leeLists = await leeClient.GetAsync($"/api/relationships/{_world.RelationshipId}/sessions/{_world.SessionIds[0]}/items");

        await ProblemAssert.Problem(leeReads, HttpStatusCode.NotFound);
        await ProblemAssert.Problem(leeLists, HttpStatusCode.NotFound);
        await ProblemAssert.Problem(lee, HttpStatusCode.NotFound);
        await ProblemAssert.Problem(diego, HttpStatusCode.Forbidden);
        Assert.Equal("notesPrivate", (await ProblemAssert.Problem(adminReads, HttpStatusCode.Forbidden)).Code());
    }

    [Fact]
    public async Task SessionsListTheirItemsAndAgendaState()
    {
        (await _world.AddItem("adele.vance", 1, "Listed with the session")).EnsureSuccessStatusCode();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        await _world.Sweep();
        using var adele = await _world.App.ClientFor("adele.vance");

        var sessions = await adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{_world.RelationshipId}/sessions");

        Assert.Equal("sent", sessions![0].GetProperty("agenda").GetProperty("status").GetString());
        Assert.Equal("pending", sessions[1].GetProperty("agenda").GetProperty("status").GetString());
        Assert.Equal("Listed with the session", sessions[0].GetProperty("items")[0].GetProperty("text").GetString());
    }

    private async Task AddAction(int session, string text, ActionOwner owner, DateOnly? due, DateTimeOffset? done)
    {
        // Action items are filed with notes; here they are arranged directly in the store.
        await using var scope = _world.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        var s = await db.Sessions.SingleAsync(x => x.Id == Guid.Parse(_world.SessionIds[session - 1]));
        db.ActionItems.Add(new ActionItem
        {
            Id = Guid.NewGuid(),
            TenantId = s.TenantId,
            RelationshipId = s.RelationshipId,
            SessionId = s.Id,
            Text = text,
            Owner = owner,
            DueDate = due,
            Status = done is null ? ActionStatus.Open : ActionStatus.Done,
            CompletedAt = done,
            CreatedAt = AgendaWorld.FirstSession,
            CreatedBy = "test",
            UpdatedAt = AgendaWorld.FirstSession,
        });
        await db.SaveChangesAsync();
    }

    private static string Section(string text, string heading)
    {
        var start = text.IndexOf(heading, StringComparison.Ordinal);
        var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }
}
