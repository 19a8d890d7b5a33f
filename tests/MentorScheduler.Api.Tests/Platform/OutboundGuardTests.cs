namespace MentorScheduler.Api.Tests.Platform;

/// <summary>The test world reaches nothing beyond this machine: a call elsewhere fails before it connects.</summary>
public sealed class OutboundGuardTests
{
    [Fact]
    public async Task ACallBeyondTheMachineFailsLoudlyBeforeItConnects()
    {
        await using var app = new TestApp();
        using var outside = new HttpClient();

        var refused = await Assert.ThrowsAsync<OutboundCallBlockedException>(() => outside.GetAsync(new Uri("https://graph.microsoft.invalid/v1.0/me")));

        Assert.Equal("graph.microsoft.invalid", refused.Target!.Host);
        Assert.Contains(OutboundGuard.Install().Blocked, u => u.Host == "graph.microsoft.invalid");
    }

    [Fact]
    public async Task CallsToTheAppAndItsSimulatorOnLoopbackGoThrough()
    {
        await using var app = new TestApp();
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/graph-sim/v1.0/users", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
    }
}
