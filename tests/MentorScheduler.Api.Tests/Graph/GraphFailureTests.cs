using System.Net;
using System.Net.Http.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Relationships;

namespace MentorScheduler.Api.Tests.Graph;

/// <summary>Graph failures reach the caller as problems a person can act on, and leave nothing half-written.</summary>
public sealed class GraphFailureTests : AdeleTests
{
    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GraphThatKeepsFailingGivesARetryProblemAndNoRecord(int status)
    {
        await App.InjectFault(new { route = "GET /users/*", status, retryAfterSeconds = 0 });

        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("try again", problem.Detail(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("ODataError", problem.GetRawText(), StringComparison.Ordinal);
        await App.ClearFaults();
        var list = await Adele.GetFromJsonAsync<List<object>>("/api/relationships");
        Assert.Empty(list!);
    }

    [Fact]
    public async Task ABurstOfThrottlingIsRiddenOutByTheSdksRetryHandler()
    {
        await App.InjectFault(new { route = "GET /users/{key}", status = 429, retryAfterSeconds = 0, count = 2 });

        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True((await App.GraphCounters())["GET /users/{key}"] >= 4, "the two throttled reads were retried");
    }

    [Fact]
    public async Task AThrottledRetryAfterIsPassedOnToTheCaller()
    {
        await App.InjectFault(new { route = "GET /users/*", status = 429, retryAfterSeconds = 0 });

        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }
}
