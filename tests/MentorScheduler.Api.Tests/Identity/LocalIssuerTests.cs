using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.Api.Tests.Identity;

public sealed class LocalIssuerTests : IAsyncLifetime
{
    private readonly TestApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task MeDescribesTheCallerFromTheirToken()
    {
        using var adele = await _app.ClientFor("adele.vance");

        var me = await adele.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal("a1e0d7c4-1b2c-4d5e-8f90-000000000001", me.GetProperty("id").GetString());
        Assert.Equal("adele.vance@contoso.example", me.GetProperty("upn").GetString());
        Assert.Equal("Adele Vance", me.GetProperty("displayName").GetString());
        Assert.Equal("6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10", me.GetProperty("tenantId").GetString());
        Assert.Equal(0, me.GetProperty("roles").GetArrayLength());
    }

    [Fact]
    public async Task DiegoIsAProgramAdmin()
    {
        using var diego = await _app.ClientFor("diego.siciliani");

        var me = await diego.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal(["MentorScheduler.Admin"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ATokenForAnUnknownUserIsNotFound()
    {
        using var client = _app.Anonymous();

        using var response = await client.PostAsJsonAsync("/dev/token", new { upn = "mallory@contoso.example" });

        await ProblemAssert.Problem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ATokenRequestWithoutAUpnNamesTheField()
    {
        using var client = _app.Anonymous();

        using var response = await client.PostAsJsonAsync("/dev/token", new { });

        await ProblemAssert.ValidationProblem(response, "upn");
    }

    [Fact]
    public async Task NoTokenIsUnauthorized()
    {
        using var client = _app.Anonymous();

        using var response = await client.GetAsync("/api/relationships");

        var problem = await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AGarbledTokenIsUnauthorized()
    {
        using var client = _app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        using var response = await client.GetAsync("/api/me");

        await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsUnauthorized()
    {
        using var rsa = RSA.Create(2048);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://localhost/mentorscheduler/dev-issuer/v2.0",
            Audience = "api://mentorscheduler-dev",
            Expires = TestApp.DefaultNow.UtcDateTime.AddHours(1),
            NotBefore = TestApp.DefaultNow.UtcDateTime,
            IssuedAt = TestApp.DefaultNow.UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["tid"] = "6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10",
                ["oid"] = "a1e0d7c4-1b2c-4d5e-8f90-000000000009",
                ["scp"] = "access_as_user",
                ["roles"] = new[] { "MentorScheduler.Admin" },
            },
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(rsa), SecurityAlgorithms.RsaSha256),
        });
        using var client = _app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        using var response = await client.GetAsync("/api/relationships");

        await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ATokenExpiresAfterAnHourOfTheInjectedClock()
    {
        using var adele = await _app.ClientFor("adele.vance");
        _app.Clock.Advance(TimeSpan.FromMinutes(63));

        using var response = await adele.GetAsync("/api/me");

        await ProblemAssert.Problem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TheSigningKeyIsKeptInTheDataFolder()
    {
        using var adele = await _app.ClientFor("adele.vance");

        Assert.True(File.Exists(Path.Combine(_app.DataDirectory, "dev-issuer-key.pem")));
    }
}
