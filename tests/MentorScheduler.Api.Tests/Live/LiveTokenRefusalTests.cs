using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>
/// Microsoft.Identity.Web, not our code, refuses bad tokens in Live mode, against the fake Entra's real
/// discovery document and keys: each refusal is a 401 or 403 with a ProblemDetails body.
/// </summary>
public sealed class LiveTokenRefusalTests : IAsyncLifetime
{
    private LiveWorld _world = null!;

    public async Task InitializeAsync() => _world = await LiveWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    private string Tenant => _world.Tenant.TenantId;

    [Fact]
    public async Task AGoodTokenIsAcceptedAndMsalsInstanceDiscoveryNeverLeavesTheMachine()
    {
        using var adele = _world.ClientFor("adele.vance");

        using var me = await adele.GetAsync("/api/me");
        using var people = await adele.GetAsync("/api/people?search=meg");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.True(people.StatusCode == HttpStatusCode.OK, await people.Content.ReadAsStringAsync());
        Assert.Contains(OutboundGuard.Install().Blocked, u => u.Host == "login.microsoftonline.com");
        Assert.Equal(1, _world.Exchanges("obo"));
    }

    [Fact]
    public async Task ATokenForAnotherAudienceIsRefused() =>
        await Refused(Token(audience: "api://someone-else"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task ATokenFromAnUnknownIssuerIsRefused() =>
        await Refused(Token(issuer: "https://login.evil.example/" + Tenant + "/v2.0"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task AnIssuerOfAnotherTenantThanTheTokensIsRefused() =>
        await Refused(Token(issuer: _world.Entra.Instance + "99999999-2222-4333-8444-555555555555/v2.0"), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task ATokenSignedByAnotherKeyIsRefused()
    {
        using var other = RSA.Create(2048);
        await Refused(Token(key: new RsaSecurityKey(other) { KeyId = Testing.FakeEntra.KeyId }), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnExpiredTokenIsRefused() =>
        await Refused(Token(expires: _world.App.Clock.GetUtcNow().AddMinutes(-10)), HttpStatusCode.Unauthorized);

    [Fact]
    public async Task ATokenWithoutAccessAsUserIsForbidden() =>
        await Refused(Token(scope: "User.Read"), HttpStatusCode.Forbidden);

    [Fact]
    public async Task AUserTokenOnAnAdminEndpointIsForbidden()
    {
        using var adele = _world.ClientFor("adele.vance");

        using var response = await adele.GetAsync("/api/admin/agenda-template");

        await ProblemAssert.Problem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AProgramAdminsTokenReachesTheAdminEndpoint()
    {
        using var diego = _world.ClientFor("diego.siciliani");

        using var response = await diego.GetAsync("/api/admin/agenda-template");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ThePaneSignsInWithItsOwnRegistrationForTheApisScope()
    {
        using var anonymous = _world.App.Anonymous();

        var config = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/addin/config.json");

        Assert.Equal("live", config.GetProperty("mode").GetString());
        Assert.Equal(LiveWorld.AddinClientId, config.GetProperty("clientId").GetString());
        Assert.Equal($"api://{LiveWorld.ClientId}/access_as_user", config.GetProperty("apiScope").GetString());
    }

    private async Task Refused(string token, HttpStatusCode status)
    {
        using var client = _world.ClientWith(token);
        using var response = await client.GetAsync("/api/me");
        await ProblemAssert.Problem(response, status);
        Assert.Empty(_world.Entra.Requests);
    }

    private string Token(string? audience = null, string? issuer = null, string scope = "access_as_user", DateTimeOffset? expires = null, SecurityKey? key = null)
    {
        var adele = _world.Tenant.Users.Single(u => u.UserPrincipalName == DemoUsers.Adele);
        return _world.Entra.UserToken(Tenant, adele.Id, adele.UserPrincipalName, adele.DisplayName, scope, audience: audience, expires: expires,
            signedWith: key, issuer: issuer);
    }
}
