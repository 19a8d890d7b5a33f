using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Agendas;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>
/// A second tenant (Fabrikam, its own people and program admin) beside the demo tenant: it sees nothing of
/// Contoso's relationships, its template and its sweep touch nothing of Contoso's (issue 11, point 19).
/// </summary>
public sealed class TwoTenantTests : IAsyncLifetime
{
    private const string Fabrikam = "0b6f6d1a-8f3e-4c2b-9d7a-2e5c1f4a9b30";
    private AgendaWorld _world = null!;
    private HttpClient _fabrikamAdmin = null!;
    private HttpClient _fabrikamUser = null!;

    public async Task InitializeAsync()
    {
        _world = await AgendaWorld.BookedAsync();
        _fabrikamAdmin = Client("f0000000-0000-4000-8000-000000000001", "pm@fabrikam.example", "Fabrikam Program Manager", admin: true);
        _fabrikamUser = Client("f0000000-0000-4000-8000-000000000002", "kim@fabrikam.example", "Kim Akers", admin: false);
    }

    public async Task DisposeAsync()
    {
        _fabrikamAdmin.Dispose();
        _fabrikamUser.Dispose();
        await _world.DisposeAsync();
    }

    [Fact]
    public async Task AnotherTenantsAdminAndUsersSeeNoneOfContososRecord()
    {
        var relationship = $"/api/relationships/{_world.RelationshipId}";
        var session = $"{relationship}/sessions/{_world.SessionIds[0]}";

        foreach (var client in new[] { _fabrikamAdmin, _fabrikamUser })
        {
            Assert.Empty((await client.GetFromJsonAsync<List<JsonElement>>("/api/relationships"))!);
            foreach (var path in new[] { relationship, $"{relationship}/sessions", $"{relationship}/timeline", $"{relationship}/export",
                $"{relationship}/action-items", $"{session}/agenda", $"{session}/items", $"{session}/notes" })
            {
                using var response = await client.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path} answered {(int)response.StatusCode} to another tenant");
            }
        }
    }

    [Fact]
    public async Task AnotherTenantsTemplateAndSweepLeaveContosoAlone()
    {
        using var saved = await _fabrikamAdmin.PutAsJsonAsync("/api/admin/agenda-template", new { html = "<p>Fabrikam {{ session.number }}</p>", text = "Fabrikam" });
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
        using var fabrikamAdmin = Client("f0000000-0000-4000-8000-000000000001", "pm@fabrikam.example", "Fabrikam Program Manager", admin: true);
        using var fabrikamSweep = await fabrikamAdmin.PostAsync("/api/admin/agenda-sweep", null);
        var fabrikamResult = await fabrikamSweep.Content.ReadFromJsonAsync<JsonElement>();
        var contosoResult = await _world.Sweep();

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(0, fabrikamResult.GetProperty("delivered").GetInt32());
        Assert.Equal(1, contosoResult.GetProperty("delivered").GetInt32());
        var mail = Assert.Single(await _world.Agendas(AgendaWorld.Megan));
        Assert.DoesNotContain("Fabrikam", mail.Body!.Content, StringComparison.Ordinal);
        using var diego = await _world.App.ClientFor("diego.siciliani");
        var contosoTemplate = await diego.GetFromJsonAsync<JsonElement>("/api/admin/agenda-template");
        Assert.True(contosoTemplate.GetProperty("isDefault").GetBoolean());
    }

    private HttpClient Client(string objectId, string upn, string name, bool admin)
    {
        var claims = new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["tid"] = Fabrikam,
            ["oid"] = objectId,
            ["sub"] = objectId,
            ["preferred_username"] = upn,
            ["name"] = name,
            ["scp"] = "access_as_user",
        };
        if (admin) claims["roles"] = new[] { "MentorScheduler.Admin" };
        var client = _world.App.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _world.App.TokenWithClaims(claims));
        return client;
    }
}
