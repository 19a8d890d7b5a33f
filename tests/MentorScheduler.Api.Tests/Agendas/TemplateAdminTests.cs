using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>Program admins own their tenant's agenda template.</summary>
public sealed class TemplateAdminTests : IAsyncLifetime
{
    private const string Path = "/api/admin/agenda-template";
    private AgendaWorld _world = null!;
    private HttpClient _diego = null!;

    public async Task InitializeAsync()
    {
        _world = await AgendaWorld.BookedAsync();
        _diego = await _world.App.ClientFor("diego.siciliani");
    }

    public async Task DisposeAsync()
    {
        _diego.Dispose();
        await _world.DisposeAsync();
    }

    [Fact]
    public async Task AnAdminReplacesTheTemplateAndAgendasUseItThenResetsIt()
    {
        var original = await _diego.GetFromJsonAsync<JsonElement>(Path);
        using var saved = await _diego.PutAsJsonAsync(Path, new { html = "<h1>Contoso agenda {{ session.number }}</h1><p>{{ relationship.purpose }}</p>", text = "Contoso {{ session.number }}" });
        var custom = await _world.Agenda("adele.vance", 1);
        using var reset = await _diego.DeleteAsync(Path);
        var back = await _diego.GetFromJsonAsync<JsonElement>(Path);

        Assert.True(original.GetProperty("isDefault").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.StartsWith("<h1>Contoso agenda 1</h1>", custom.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.Equal("Contoso 1", custom.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.True(back.GetProperty("isDefault").GetBoolean());
        Assert.Equal(AgendaRenderer.DefaultHtml, back.GetProperty("html").GetString());
    }

    [Theory]
    [InlineData("<ul>\n{{ for item in discussion_items }}\n<li>{{ item.text }}</li>\n", "Line 3, column 20")]
    [InlineData("<p>\n  {{ end }}</p>", "Line 2, column 8")]
    [InlineData("<p>ok</p>\n<p>{{ capture x }}<b>{{ end }}{{ x }}</p>", "Line 2, column 7")]
    [InlineData("<p>ok</p>\n\n  {{ include 'secrets.txt' }}", "Line 3, column 6")]
    [InlineData("a\nb\n   {{ names.mentee", "Line 3, column 4")]
    public async Task ATemplateThatDoesNotCompileIsRefusedWithLineAndColumn(string html, string where)
    {
        using var response = await _diego.PutAsJsonAsync(Path, new { html, text = "fine" });

        var problem = await ProblemAssert.ValidationProblem(response, "html");
        Assert.StartsWith(where, problem.GetProperty("errors").GetProperty("html")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await _diego.GetFromJsonAsync<JsonElement>(Path)).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task APreviewRendersAnyTemplateWithoutSavingIt()
    {
        using var response = await _diego.PostAsJsonAsync($"{Path}/preview", new
        {
            html = "<p>Preview for {{ names.mentor }}</p>",
            relationshipId = _world.RelationshipId,
            sessionId = _world.SessionIds[0],
        });

        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("<p>Preview for Megan Bowen</p>", preview.GetProperty("html").GetString());
        Assert.Contains("PURPOSE AND GOALS", preview.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True((await _diego.GetFromJsonAsync<JsonElement>(Path)).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task OnlyProgramAdminsManageTheTemplate()
    {
        using var adele = await _world.App.ClientFor("adele.vance");

        using var read = await adele.GetAsync(Path);
        using var write = await adele.PutAsJsonAsync(Path, new { html = "x", text = "y" });

        await ProblemAssert.Problem(read, HttpStatusCode.Forbidden);
        await ProblemAssert.Problem(write, HttpStatusCode.Forbidden);
    }
}
