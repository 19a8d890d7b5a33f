using System.Net;
using System.Text;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>
/// When Entra will not exchange the caller's token (a claims challenge, missing consent), the caller gets a
/// 401 ProblemDetails saying what to do, with the claims challenge in WWW-Authenticate, never a 500.
/// </summary>
public sealed class OnBehalfOfRefusalTests : IAsyncLifetime
{
    private LiveWorld _world = null!;

    public async Task InitializeAsync() => _world = await LiveWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AClaimsChallengeGoesBackToThePaneInWwwAuthenticate()
    {
        const string claims = """{"access_token":{"capolids":{"essential":true,"values":["c1a2b3"]}}}""";
        _world.Entra.OnBehalfOfRefusal = ("AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.", null, claims);
        using var adele = _world.ClientFor("adele.vance");

        using var response = await adele.GetAsync("/api/people?search=meg");

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("claimsChallenge", problem.Code());
        var challenge = response.Headers.WwwAuthenticate.ToString();
        Assert.Contains("error=\"insufficient_claims\"", challenge, StringComparison.Ordinal);
        Assert.Contains($"claims=\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(claims))}\"", challenge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingConsentSaysWhoCanGrantIt()
    {
        _world.Entra.OnBehalfOfRefusal = ("AADSTS65001: The user or administrator has not consented to use the application.", "consent_required", null);
        using var adele = _world.ClientFor("adele.vance");

        using var response = await adele.GetAsync("/api/people?search=meg");

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("consentRequired", problem.Code());
        Assert.Contains("admin consent", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
