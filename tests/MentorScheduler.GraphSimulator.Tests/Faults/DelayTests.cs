using System.Net;

namespace MentorScheduler.GraphSimulator.Tests.Faults;

public sealed class DelayTests
{
    private const string Adele = "adele.vance@contoso.example";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ADelayRuleHoldsTheAnswerUntilItsTimeHasPassed()
    {
        var clock = new TimerWatchingClock(Start);
        await using var sim = await SimulatorHost.StartAsync(clock);
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "GET /users/{key}", status = (int?)null, delayMs = 1500 });

        var answer = admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}"));
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(1500));

        Assert.False(answer.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1500));
        using var response = await answer;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ADelayedFaultWaitsAndThenFaults()
    {
        var clock = new TimerWatchingClock(Start);
        await using var sim = await SimulatorHost.StartAsync(clock);
        using var admin = new SimulatorAdmin(sim);
        await admin.AddFaultAsync(new { route = "*", status = 503, delayMs = 800, count = 1 });

        var answer = admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}"));
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(800));
        clock.Advance(TimeSpan.FromMilliseconds(800));

        using var response = await answer;
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("Retry-After")));
    }

    [Theory]
    [InlineData("faults/{id}")]
    [InlineData("faults")]
    public async Task RemovingADelayRuleLetsTheRequestItHoldsGoOnAtOnce(string removal)
    {
        var clock = new TimerWatchingClock(Start);
        await using var sim = await SimulatorHost.StartAsync(clock);
        using var admin = new SimulatorAdmin(sim);
        var id = await admin.AddFaultAsync(new { route = "GET /users/{key}", status = (int?)null, delayMs = 300_000 });

        var answer = admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}"));
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(300_000));
        Assert.False(answer.IsCompleted);

        using var removed = await admin.DeleteAsync(removal.Replace("{id}", id, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        // The simulator's clock has not moved: only the removal can have let it go (the guard only stops a hang).
        using var response = await answer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GlobalLatencyDelaysEveryOperation()
    {
        var clock = new TimerWatchingClock(Start);
        await using var sim = await SimulatorHost.StartAsync(clock);
        using var admin = new SimulatorAdmin(sim);
        using var set = await admin.PostAsync("latency", new { delayMs = 50 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);

        var answer = admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}/mailboxSettings"));
        await clock.WaitForTimerAsync(TimeSpan.FromMilliseconds(50));

        Assert.False(answer.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(50));
        using var response = await answer;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var off = await admin.PostAsync("latency", new { delayMs = 0 });
        using var quick = await admin.Raw.GetAsync(new Uri($"{sim.ServiceRoot}/users/{Adele}"));
        Assert.Equal(HttpStatusCode.OK, quick.StatusCode);
    }
}
