using System.Net.Http.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Relationships;
using MentorScheduler.Api.Tests.Scheduling;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>Enums are one name, and an unreadable query parameter is named (issue 11, points 9 and 11).</summary>
public sealed class InputShapeTests : AdeleTests
{
    [Theory]
    [InlineData("biweekly,monthly")]
    [InlineData("weekly, quarterly")]
    [InlineData("2")]
    public async Task AFrequencyIsExactlyOneNamedCadence(string frequency)
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.With("cadence.frequency", frequency));

        await ProblemAssert.ValidationProblem(response, "cadence.frequency");
    }

    [Fact]
    public async Task AnActionItemStatusFilterIsExactlyOneName()
    {
        var id = await BookingWorld.Propose(Adele);

        using var response = await Adele.GetAsync($"/api/relationships/{id}/action-items?status=done,open");

        await ProblemAssert.ValidationProblem(response, "status");
    }

    [Fact]
    public async Task AnUnreadableQueryParameterIsNamed()
    {
        var id = await BookingWorld.Propose(Adele);

        using var response = await Adele.GetAsync($"/api/relationships/{id}/slots?count=abc");

        var problem = await ProblemAssert.ValidationProblem(response, "count");
        Assert.Contains("'count'", problem.Detail(), StringComparison.Ordinal);
    }
}
