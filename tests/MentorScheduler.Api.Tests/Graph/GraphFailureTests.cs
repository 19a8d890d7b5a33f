using System.Net;
using System.Net.Http.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Relationships;

namespace MentorScheduler.Api.Tests.Graph;

/// <summary>Graph failures reach the caller as problems a person can act on, and leave nothing half-written.</summary>
public sealed class GraphFailureTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;

    public async Task InitializeAsync() => _adele = await _app.ClientFor("adele.vance");

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task GraphThatKeepsFailingGivesARetryProblemAndNoRecord(int status)
    {
        await _app.InjectFault(new { route = "GET /users/*", status, retryAfterSeconds = 0 });

        using var response = await _adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("try again", problem.Detail(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.DoesNotContain("ODataError", problem.GetRawText(), StringComparison.Ordinal);
        await _app.ClearFaults();
        var list = await _adele.GetFromJsonAsync<List<object>>("/api/relationships");
        Assert.Empty(list!);
    }

    [Fact]
    public async Task ABurstOfThrottlingIsRiddenOutByTheSdksRetryHandler()
    {
        await _app.InjectFault(new { route = "GET /users/{key}", status = 429, retryAfterSeconds = 0, count = 2 });

        using var response = await _adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True((await _app.GraphCounters())["GET /users/{key}"] >= 4, "the two throttled reads were retried");
    }

    [Fact]
    public async Task AThrottledRetryAfterIsPassedOnToTheCaller()
    {
        await _app.InjectFault(new { route = "GET /users/*", status = 429, retryAfterSeconds = 0 });

        using var response = await _adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }
}
