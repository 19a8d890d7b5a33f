using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using MentorScheduler.Api.Tests.Scheduling;

namespace MentorScheduler.Api.Tests.Relationships;

/// <summary><c>GET /api/relationships</c> is paged: <c>limit</c>, and the <c>cursor</c> the Link header gives for the next page.</summary>
public sealed class RelationshipPagingTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;

    public async Task InitializeAsync() => _adele = await _app.ClientFor("adele.vance");

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task PagesFollowTheLinkHeaderNewestFirstWithNothingMissedOrRepeated()
    {
        var proposed = new List<string>();
        foreach (var mentor in new[] { "megan.bowen", "lee.gu", "nestor.wilke", "isaiah.langer", "lynne.robbins" })
        {
            proposed.Add(await BookingWorld.Propose(_adele, mentor));
            _app.Clock.Advance(TimeSpan.FromMinutes(1)); // each proposed a minute after the last
        }

        var seen = new List<string>();
        var pages = 0;
        for (var url = "/api/relationships?limit=2"; url is not null; pages++)
        {
            using var response = await _adele.GetAsync(url);
            response.EnsureSuccessStatusCode();
            var page = (await response.Content.ReadFromJsonAsync<List<JsonElement>>())!;
            Assert.InRange(page.Count, 1, 2);
            seen.AddRange(page.Select(r => r.GetProperty("id").GetString()!));
            url = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Reverse(proposed), seen);
        var all = await _adele.GetFromJsonAsync<List<JsonElement>>("/api/relationships");
        Assert.Equal(5, all!.Count);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("cursor=not-ours", "cursor")]
    public async Task ABadPageIsA400NamingTheParameter(string query, string field)
    {
        using var response = await _adele.GetAsync($"/api/relationships?{query}");

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
