using System.Net;
using System.Net.Http.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Relationships;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>One open relationship per mentee and mentor, even when proposals race (issue 11, point 7).</summary>
public sealed class RacingProposalTests : AdeleTests
{
    [Fact]
    public async Task TwentySimultaneousProposalsForOneMentorLeaveOneOpenRelationship()
    {
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());
            return response.StatusCode;
        }));

        Assert.Equal(1, responses.Count(s => s == HttpStatusCode.Created));
        Assert.All(responses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Single((await Adele.GetFromJsonAsync<List<object>>("/api/relationships"))!);
    }
}
