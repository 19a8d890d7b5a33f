using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Relationships;

public sealed class VisibilityTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private string _id = string.Empty;

    public async Task InitializeAsync()
    {
        using var adele = await _app.ClientFor("adele.vance");
        using var created = await adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid());
        _id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("adele.vance")]
    [InlineData("megan.bowen")]
    [InlineData("diego.siciliani")]
    public async Task TheMenteeTheMentorAndAProgramAdminCanReadIt(string user)
    {
        using var client = await _app.ClientFor(user);

        using var response = await client.GetAsync($"/api/relationships/{_id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("lee.gu")]
    [InlineData("alex.wilber")]
    [InlineData("lynne.robbins")]
    public async Task AnyoneElseGetsNotFound(string user)
    {
        using var client = await _app.ClientFor(user);

        using var response = await client.GetAsync($"/api/relationships/{_id}");

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("notFound", problem.Code());
        var list = await client.GetFromJsonAsync<List<JsonElement>>("/api/relationships");
        Assert.Empty(list!);
    }

    [Fact]
    public async Task AProgramAdminListsEveryRelationshipInTheTenant()
    {
        using (var megan = await _app.ClientFor("megan.bowen"))
        {
            using var second = await megan.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("lee.gu"));
            Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        }
        using var diego = await _app.ClientFor("diego.siciliani");

        var all = await diego.GetFromJsonAsync<List<JsonElement>>("/api/relationships");

        Assert.Equal(2, all!.Count);
        Assert.Contains(all, r => r.GetProperty("id").GetString() == _id);
    }

    [Fact]
    public async Task AnUnknownIdIsNotFound()
    {
        using var adele = await _app.ClientFor("adele.vance");

        using var response = await adele.GetAsync($"/api/relationships/{Guid.NewGuid()}");

        await ProblemAssert.Problem(response, HttpStatusCode.NotFound);
    }
}
