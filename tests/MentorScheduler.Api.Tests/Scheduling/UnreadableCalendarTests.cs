using System.Net;
using System.Net.Http.Json;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>A mentor whose mailbox Graph cannot read (gone since the proposal) gets a problem a person can act on, not a 500.</summary>
public sealed class UnreadableCalendarTests : AdeleTests
{
    private const string Departed = "megan.bowen.departed@contoso.example";

    [Fact]
    public async Task SlotsForAMentorWhoseCalendarCannotBeReadAnswer422NamingThem()
    {
        var id = await MentorLeftAfterTheProposal();

        using var response = await Adele.GetAsync($"/api/relationships/{id}/slots");

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("freeBusyUnavailable", problem.Code());
        Assert.Contains(Departed, problem.Detail(), StringComparison.Ordinal);
        Assert.Contains("IT team", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingTheBestSlotWithAnUnreadableCalendarAnswers422AndBooksNothing()
    {
        var id = await MentorLeftAfterTheProposal();

        using var response = await Adele.PostAsJsonAsync($"/api/relationships/{id}/booking", new { });

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("freeBusyUnavailable", problem.Code());
        Assert.Empty(await BookingWorld.SeriesInGraph(App.Graph(), "adele.vance@contoso.example", id));
    }

    private async Task<string> MentorLeftAfterTheProposal()
    {
        var id = await BookingWorld.Propose(Adele);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        await db.Relationships.Where(r => r.Id == Guid.Parse(id))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.MentorUpn, Departed).SetProperty(r => r.MentorMail, Departed));
        return id;
    }
}
