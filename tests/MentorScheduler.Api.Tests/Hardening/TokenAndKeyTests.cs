using System.Net;
using System.Net.Http.Headers;

using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>Admin calls need the pane's scope as well as the role; the issuer's key is its owner's alone (points 10, 15).</summary>
public sealed class TokenAndKeyTests : AdeleTests
{
    [Fact]
    public async Task AnAdminRoleWithoutTheScopeIsForbidden()
    {
        var token = App.TokenWithClaims(new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["tid"] = "6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10",
            ["oid"] = "a1e0d7c4-1b2c-4d5e-8f90-000000000009",
            ["preferred_username"] = DemoUsers.Diego,
            ["roles"] = new[] { "MentorScheduler.Admin" },
        });
        using var client = App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var template = await client.GetAsync("/api/admin/agenda-template");
        using var withScope = await App.ClientFor("diego.siciliani");
        using var allowed = await withScope.GetAsync("/api/admin/agenda-template");

        Assert.Equal(HttpStatusCode.Forbidden, template.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void TheLocalIssuersKeyIsReadableByItsOwnerOnly()
    {
        var key = Path.Combine(App.DataDirectory, "dev-issuer-key.pem");

        Assert.True(File.Exists(key));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
    }
}
