using System.Diagnostics;
using MentorScheduler.Api.Tests.Agendas;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>
/// A throttled step waits the Retry-After Graph gave before it goes again (issue 11, point 17). The wait is real
/// time, so the test checks a lower bound only: it cannot pass by being slow.
/// </summary>
public sealed class RetryAfterTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await AgendaWorld.BookedAsync();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task AThrottledSendInABatchWaitsItsRetryAfterThenGoesOnce()
    {
        await _world.App.InjectFault(new { route = "POST /users/*/sendMail", status = 429, retryAfterSeconds = 2, count = 1 });
        var before = await _world.SendMailCount();

        var watch = Stopwatch.StartNew();
        var result = await _world.Sweep();
        watch.Stop();

        Assert.Equal(1, result.GetProperty("delivered").GetInt32());
        Assert.Equal(2, await _world.SendMailCount() - before);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(1.9), $"the retry came after {watch.Elapsed.TotalSeconds:0.00} s; Graph asked for 2 s");
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
    }
}
