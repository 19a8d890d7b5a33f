using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>Program admins own their tenant's agenda template.</summary>
public sealed class TemplateAdminTests : TemplateAdminWorld
{
    [Fact]
    public async Task AnAdminReplacesTheTemplateAndAgendasUseItThenResetsIt()
    {
        var original = await Admin.GetFromJsonAsync<JsonElement>(Path);
        using var saved = await Admin.PutAsJsonAsync(Path, new { html = "<h1>Contoso agenda {{ session.number }}</h1><p>{{ relationship.purpose }}</p>", text = "Contoso {{ session.number }}" });
        var custom = await World.Agenda("adele.vance", 1);
        using var reset = await Admin.DeleteAsync(Path);
        var back = await Admin.GetFromJsonAsync<JsonElement>(Path);

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
        using var response = await Admin.PutAsJsonAsync(Path, new { html, text = "fine" });

        var problem = await ProblemAssert.ValidationProblem(response, "html");
        Assert.StartsWith(where, problem.GetProperty("errors").GetProperty("html")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await Admin.GetFromJsonAsync<JsonElement>(Path)).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task APreviewRendersAnyTemplateAgainstTheSampleAgendaWithoutSavingIt()
    {
        using var response = await Admin.PostAsJsonAsync($"{Path}/preview", new { html = "<p>Preview for {{ names.mentor }}</p>" });

        var preview = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"<p>Preview for {AgendaSample.Model().Names.Mentor}</p>", preview.GetProperty("html").GetString());
        Assert.Contains("PURPOSE AND GOALS", preview.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True((await Admin.GetFromJsonAsync<JsonElement>(Path)).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task APreviewAgainstSomeonesSessionIsPrivateToThemUnlessTheTenantLetsAdminsReadNotes()
    {
        var body = new { html = "<p>Preview for {{ names.mentor }}</p>", relationshipId = World.RelationshipId, sessionId = World.SessionIds[0] };
        using var refused = await Admin.PostAsJsonAsync($"{Path}/preview", body);
        using var byMentee = await (await World.App.ClientFor("adele.vance")).PostAsJsonAsync($"{Path}/preview", body);

        Assert.Equal("notesPrivate", (await ProblemAssert.Problem(refused, HttpStatusCode.Forbidden)).Code());
        Assert.Equal(HttpStatusCode.Forbidden, byMentee.StatusCode); // the template is the program admins' alone
    }

    [Fact]
    public async Task APreviewNamingOnlyOneOfRelationshipAndSessionSaysWhatIsMissing()
    {
        using var response = await Admin.PostAsJsonAsync($"{Path}/preview", new { relationshipId = World.RelationshipId });

        await ProblemAssert.ValidationProblem(response, "sessionId");
    }

    [Fact]
    public async Task OnlyProgramAdminsManageTheTemplate()
    {
        using var adele = await World.App.ClientFor("adele.vance");

        using var read = await adele.GetAsync(Path);
        using var write = await adele.PutAsJsonAsync(Path, new { html = "x", text = "y" });

        await ProblemAssert.Problem(read, HttpStatusCode.Forbidden);
        await ProblemAssert.Problem(write, HttpStatusCode.Forbidden);
    }
}
