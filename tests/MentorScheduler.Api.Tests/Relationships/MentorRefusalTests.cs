using System.Net;
using System.Net.Http.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Relationships;

public sealed class MentorRefusalTests : AdeleTests
{
    [Fact]
    public async Task AMenteeCannotBeTheirOwnMentor()
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("adele.vance"));

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("mentorIsSelf", problem.Code());
        Assert.Contains("Choose someone else", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownMentorIsRefusedInWords()
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("no.such.person"));

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("mentorNotFound", problem.Code());
        Assert.Contains("no.such.person@contoso.example", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDirectManagerIsRefused()
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("alex.wilber"));

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("mentorIsManager", problem.Code());
        Assert.StartsWith("Alex Wilber is your manager,", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheManagersManagerIsRefused()
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("patti.fernandez"));

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("mentorIsManager", problem.Code());
        Assert.StartsWith("Patti Fernandez is your manager's manager,", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APeerOfTheManagerIsAccepted()
    {
        using var response = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("lee.gu"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ARefusalLeavesNoRecord()
    {
        using var refused = await Adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("alex.wilber"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var list = await Adele.GetFromJsonAsync<List<object>>("/api/relationships");
        Assert.Empty(list!);
    }
}
