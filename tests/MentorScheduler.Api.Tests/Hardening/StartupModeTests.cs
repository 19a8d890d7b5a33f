using System.Net;
using System.Net.Http.Json;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>The simulator (and its /dev/token) never runs silently in a deployment (issue 11, point 3).</summary>
public sealed class StartupModeTests
{
    [Fact]
    public async Task ProductionWithoutGraphModeRefusesToStartNamingTheKey()
    {
        await using var app = new TestApp { Environment = "Production" }.WithSetting("Graph:Mode", "");

        var refused = Assert.ThrowsAny<Exception>(() => app.Anonymous());

        var message = Messages(refused);
        Assert.Contains("Graph:Mode is not set", message, StringComparison.Ordinal);
        Assert.Contains("Graph__Mode=Live", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevelopmentWithoutGraphModeRunsTheSimulatedTenant()
    {
        await using var app = new TestApp { Environment = "Development" }.WithSetting("Graph:Mode", "");
        using var client = app.Anonymous();

        using var token = await client.PostAsJsonAsync("/dev/token", new { upn = DemoUsers.Adele });

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Fact]
    public async Task AModeThatIsNeitherLiveNorSimulatedRefusesToStart()
    {
        await using var app = new TestApp().WithSetting("Graph:Mode", "1");

        var refused = Assert.ThrowsAny<Exception>(() => app.Anonymous());

        Assert.Contains("set it to Live or Simulated", Messages(refused), StringComparison.Ordinal);
    }

    private static string Messages(Exception e)
    {
        var all = new List<string>();
        for (Exception? x = e; x is not null; x = x.InnerException) all.Add(x.Message);
        return string.Join(" | ", all);
    }
}
