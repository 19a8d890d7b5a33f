using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Tests.Agendas;
using MentorScheduler.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>No template stops agendas: every one is rendered before it is saved, and a stored one that fails waits alone (point 4).</summary>
public sealed class TemplateFailureTests : TemplateAdminWorld
{
    [Theory]
    [InlineData("<p>ok</p>\n<p>ok</p>\n{{ for }}{{ end }}", "Line 3, column 8")]
    [InlineData("<p>{{ if evaluation }}a{{ else }}b{{ else }}c{{ end }}</p>", "Line 1, column 38")]
    [InlineData("<p>\n {{ names.mentor.first.letter }}</p>", "Line 2, column ")]
    [InlineData("<p>{{ for i in 1..5000 }}x{{ end }}</p>", "Line 1, column ")]
    [InlineData("<p>{{ relationship.goals[0].size.foo.bar }}</p>", "Line 1, column ")]
    public async Task ATemplateThatCannotRenderIsRefusedWithLineAndColumn(string html, string where)
    {
        using var response = await Admin.PutAsJsonAsync(Path, new { html, text = "ok" });

        var problem = await ProblemAssert.ValidationProblem(response, "html");
        Assert.StartsWith(where, problem.GetProperty("errors").GetProperty("html")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await Admin.GetFromJsonAsync<JsonElement>(Path)).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task AStoredTemplateThatFailsMakesItsAgendasWaitAndAnswers422NotA500()
    {
        await StoreBrokenTemplateAsync();
        World.SetClock(AgendaWorld.FirstSession.AddDays(-6));

        var sweep = await World.Sweep();
        using var adele = await World.App.ClientFor("adele.vance");
        using var agenda = await adele.GetAsync($"/api/relationships/{World.RelationshipId}/sessions/{World.SessionIds[0]}/agenda");

        Assert.True(sweep.GetProperty("delivered").GetInt32() == 0, sweep.ToString());
        Assert.True(sweep.GetProperty("renderFailures").GetInt32() == 1, sweep.ToString());
        var problem = await ProblemAssert.Problem(agenda, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("templateCannotRender", problem.Code());
        Assert.Empty(await World.Agendas(AgendaWorld.Megan));

        using var diego = await World.App.ClientFor("diego.siciliani"); // a token for the moved clock
        using var reset = await diego.DeleteAsync(Path);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        var healed = await World.Sweep();
        Assert.True(healed.GetProperty("delivered").GetInt32() == 1, healed.ToString());
    }

    /// <summary>A template saved before the render check existed: it compiles, and fails on every agenda.</summary>
    private async Task StoreBrokenTemplateAsync()
    {
        await using var scope = World.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        db.AgendaTemplates.Add(new AgendaTemplate
        {
            TenantId = "6f1c2a9e-4b7d-4e51-9a3c-0d2e8b7f5a10",
            Html = "<p>{{ names.mentor.first.letter }}</p>",
            Text = "ok",
            UpdatedBy = DemoUsers.Diego,
        });
        await db.SaveChangesAsync();
    }
}
