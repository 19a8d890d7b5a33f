using MentorScheduler.Api.Tests.Scheduling;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>
/// Live mode without Graph:NotificationUrl: nothing subscribes (Graph could not reach the app), /health says the
/// record follows Outlook by reconciliation only, and booking still works.
/// </summary>
public sealed class NoNotificationUrlTests : IAsyncLifetime
{
    private LiveWorld _world = null!;

    public async Task InitializeAsync() => _world = await LiveWorld.StartAsync(notificationUrl: false);

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task BookingSubscribesNothingAndHealthSaysItFallsBackToReconciliation()
    {
        using var adele = _world.ClientFor("adele.vance");
        var id = await BookingWorld.Propose(adele, change: b => b["startDate"] = "2027-01-18");
        await BookingWorld.BookOk(adele, id, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
        using var anonymous = _world.App.Anonymous();

        var health = await anonymous.GetStringAsync("/health");

        Assert.Equal("Degraded", health);
        // Without a URL the keeper never runs (NotificationHost), so no subscription call is ever made.
        Assert.DoesNotContain(await _world.Graph.Counters(), c => c.Key.Contains("subscriptions", StringComparison.OrdinalIgnoreCase));
        Assert.Empty((await _world.OutlookOf("adele.vance").Subscriptions.GetAsync())!.Value!);
    }
}
