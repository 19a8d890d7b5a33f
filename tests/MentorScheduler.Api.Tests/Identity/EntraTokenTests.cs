using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.Api.Tests.Identity;

/// <summary>
/// Live mode's token validation, proven offline: Entra-shaped v2 tokens signed by a test key that stands in
/// for Entra's published keys. Nothing here reaches Entra or Microsoft Graph.
/// </summary>
public sealed class EntraTokenTests : IAsyncLifetime, IDisposable
{
    private const string ClientId = "3b9f7a40-2c1d-4e8f-9a6b-5d4c3b2a1f00";
    private const string CustomerTenant = "11111111-2222-4333-8444-555555555555";
    private static readonly DateTimeOffset Now = TestApp.DefaultNow;

    private readonly RSA _entraKey = RSA.Create(2048);
    private readonly TestApp _app;

    public EntraTokenTests()
    {
        var signingKey = new RsaSecurityKey(_entraKey) { KeyId = "entra-test-key" };
        _app = new TestApp()
            .WithSetting("Graph:Mode", "Live")
            .WithSetting("Entra:ClientId", ClientId)
            .WithSetting("Entra:TenantId", "contoso-publisher.example")
            .WithSetting("Entra:ClientSecret", "placeholder-never-used-offline")
            .WithServices(services =>
            {
                services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
                services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
                {
                    var configuration = new OpenIdConnectConfiguration();
                    configuration.SigningKeys.Add(signingKey);
                    options.Configuration = configuration;
                    // JwtBearer's own post-configure already built a manager for Entra's metadata URL.
                    options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
                });
            });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    public void Dispose() => _entraKey.Dispose();

    [Fact]
    public async Task AGoodTokenIsAccepted()
    {
        using var response = await Call(Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var me = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(CustomerTenant, me.GetProperty("tenantId").GetString());
        Assert.Equal("nina@fabrikam.example", me.GetProperty("upn").GetString());
    }

    [Fact]
    public async Task TheAudienceMayBeTheBareClientId()
    {
        using var response = await Call(Token(audience: ClientId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AWrongAudienceIsRefused()
    {
        using var response = await Call(Token(audience: "api://someone-else"));

        await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AnIssuerOfAnotherTenantIsRefused()
    {
        using var response = await Call(Token(issuer: "https://login.microsoftonline.com/99999999-2222-4333-8444-555555555555/v2.0"));

        await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AV1IssuerIsRefused()
    {
        using var response = await Call(Token(issuer: $"https://sts.windows.net/{CustomerTenant}/"));

        await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenWithoutTheScopeIsForbidden()
    {
        using var response = await Call(Token(scope: "User.Read"));

        await ProblemAssert.Problem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AnExpiredTokenIsRefused()
    {
        using var response = await Call(Token(expires: Now.AddMinutes(-10)));

        await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheLocalIssuerAndTheSimulatorAreNotMapped()
    {
        using var client = _app.Anonymous();

        using var token = await client.PostAsJsonAsync("/dev/token", new { upn = "adele.vance@contoso.example" });
        using var graph = await client.GetAsync("/graph-sim/v1.0/users/adele.vance@contoso.example");
        using var clock = await client.GetAsync("/dev/clock");

        Assert.Equal(HttpStatusCode.NotFound, token.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, graph.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, clock.StatusCode);
    }

    private async Task<HttpResponseMessage> Call(string token)
    {
        using var client = _app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync("/api/me");
    }

    private string Token(string? audience = null, string? issuer = null, string scope = "access_as_user", DateTimeOffset? expires = null)
    {
        var expiry = expires ?? Now.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{CustomerTenant}/v2.0",
            Audience = audience ?? $"api://{ClientId}",
            IssuedAt = expiry.AddHours(-1).UtcDateTime,
            NotBefore = expiry.AddHours(-1).UtcDateTime,
            Expires = expiry.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["ver"] = "2.0",
                ["tid"] = CustomerTenant,
                ["oid"] = "0c4e7b1a-9d8f-4a3b-8c2d-1e0f9a8b7c6d",
                ["preferred_username"] = "nina@fabrikam.example",
                ["name"] = "Nina Fabrikam",
                ["scp"] = scope,
            },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_entraKey) { KeyId = "entra-test-key" }, SecurityAlgorithms.RsaSha256),
        });
    }
}
