using MentorScheduler.Api.Tests.Agendas;

namespace MentorScheduler.Api.Tests.Hardening;

/// <summary>
/// Sends that Graph carried out but never confirmed (issue 11, points 2, 16 and 17): nothing is re-sent blindly,
/// and the next sweep finds the real mail by its marker in Sent Items.
/// </summary>
public sealed class SendRecoveryTests : IAsyncLifetime
{
    private AgendaWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await AgendaWorld.BookedAsync();
        _world.SetClock(AgendaWorld.FirstSession.AddDays(-6));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task ABatchThatTimesOutAfterSendingIsNotResentAndTheNextSweepFindsTheMail()
    {
        // The sweep's second $batch (after the one reading the meetings) sends the agenda, then answers 504:
        // the SDK's retry handler must not send it again.
        await _world.App.InjectFault(new { route = "POST /$batch", status = 504, when = "after", count = 1, skip = 1 });

        var first = await _world.Sweep();
        var mailsAfterFirst = (await _world.Agendas(AgendaWorld.Megan)).Count;
        ExpireLeases();
        var second = await _world.Sweep();

        Assert.Equal(0, first.GetProperty("delivered").GetInt32());
        Assert.Equal(1, mailsAfterFirst);
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
        Assert.Equal("sent", (await _world.Agenda("adele.vance", 1)).GetProperty("status").GetString());
        Assert.Equal(0, second.GetProperty("delivered").GetInt32());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task ABatchRefusedWholeSendsNothingAndTheNextSweepDeliversOnce(int skip)
    {
        // Graph refuses a $batch itself (0: the one reading the meetings, 1: the one sending; a token it no longer
        // takes): none of its steps ran, and that is known at once, so the sweep neither waits for a retry nor guesses.
        await _world.App.InjectFault(new { route = "POST /$batch", status = 403, count = 1, skip });

        var refused = await _world.Sweep();
        var mailsAfterRefusal = (await _world.Agendas(AgendaWorld.Megan)).Count;
        var next = await _world.Sweep();

        Assert.Equal(0, refused.GetProperty("delivered").GetInt32());
        Assert.Equal(0, mailsAfterRefusal);
        Assert.Equal(1, next.GetProperty("delivered").GetInt32());
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
    }

    [Fact]
    public async Task AStepThatTimesOutAfterSendingIsNotResentBlindly()
    {
        await _world.App.InjectFault(new { route = "POST /users/*/sendMail", status = 504, when = "after", count = 1 });

        await _world.Sweep();
        ExpireLeases();
        await _world.Sweep();

        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
        Assert.Equal("sent", (await _world.Agenda("adele.vance", 1)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task ASendWhoseMailNeverLeftIsSentOnceByTheNextSweep()
    {
        // A crash after the intent was recorded and before the send: Sent Items has no such mail.
        await _world.LeaveSendingAsync();

        var sweep = await _world.Sweep();

        Assert.Equal(1, sweep.GetProperty("delivered").GetInt32());
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
    }

    [Fact]
    public async Task WhenSentItemsCannotBeReadTheSendWaitsInsteadOfRiskingASecondMail()
    {
        await _world.LeaveSendingAsync();
        await _world.App.InjectFault(new { route = "GET /users/*/mailFolders/*/messages", status = 503, retryAfterSeconds = 0 });

        var waiting = await _world.Sweep();
        await _world.App.ClearFaults();
        var later = await _world.Sweep();

        Assert.Equal(0, waiting.GetProperty("delivered").GetInt32());
        Assert.Equal(1, later.GetProperty("delivered").GetInt32());
        Assert.Single(await _world.Agendas(AgendaWorld.Megan));
    }

    /// <summary>Time moves past the leases of the first sweep (unknown outcomes keep theirs until it runs out).</summary>
    private void ExpireLeases() => _world.App.Clock.Advance(TimeSpan.FromMinutes(10));
}
