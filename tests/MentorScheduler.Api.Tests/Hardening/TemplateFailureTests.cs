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
public sealed class TemplateFailureTests : IAsyncLifetime
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

    [Theory]
    [InlineData("<p>ok</p>\n<p>ok</p>\n{{ for }}{{ end }}", "Line 3, column 8")]
    [InlineData("<p>{{ if evaluation }}a{{ else }}b{{ else }}c{{ end }}</p>", "Line 1, column 38")]
    [InlineData("<p>\n {{ names.mentor.first.letter }}</p>", "Line 2, column ")]
    [InlineData("<p>{{ for i in 1..5000 }}x{{ end }}</p>", "Line 1, column ")]
    [InlineData("<p>{{ relationship.goals[0].size.foo.bar }}</p>", "Line 1, column ")]
    public async Task ATemplateThatCannotRenderIsRefusedWithLineAndColumn(string html, string where)
    {
        using var response = await _diego.PutAsJsonAsync(Path, new { html, text = "ok" });

        var problem = await ProblemAssert.ValidationProblem(response, "html");
        Assert.StartsWith(where, problem.GetProperty("errors").GetProperty("html")[0].GetString(), StringComparison.Ordinal);
        Assert.True((await _diego.GetFromJsonAsync<JsonElement>(Path)).GetProperty("isDefault").GetBoolean());
    }

    [Fact]
    public async Task AStoredTemplateThatFailsMakesItsAgendasWaitAndAnswers422NotA500()
    {
        await StoreBrokenTemplateAsync();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));

        var sweep = await _world.Sweep();
        using var adele = await _world.App.ClientFor("adele.vance");
        using var agenda = await adele.GetAsync($"/api/relationships/{_world.RelationshipId}/sessions/{_world.SessionIds[0]}/agenda");

        Assert.True(sweep.GetProperty("delivered").GetInt32() == 0, sweep.ToString());
        Assert.True(sweep.GetProperty("renderFailures").GetInt32() == 1, sweep.ToString());
        var problem = await ProblemAssert.Problem(agenda, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("templateCannotRender", problem.Code());
        Assert.Empty(await _world.Agendas(AgendaWorld.Megan));

        using var diego = await _world.App.ClientFor("diego.siciliani"); // a token for the moved clock
        using var reset = await diego.DeleteAsync(Path);
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        var healed = await _world.Sweep();
        Assert.True(healed.GetProperty("delivered").GetInt32() == 1, healed.ToString());
    }

    /// <summary>A template saved before the render check existed: it compiles, and fails on every agenda.</summary>
    private async Task StoreBrokenTemplateAsync()
    {
        await using var scope = _world.App.Services.CreateAsyncScope();
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
