using System.Net;
using MentorScheduler.Api.Tests.Scheduling;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>When Graph refuses the app's token (expired, consent withdrawn), the sweep answers, sends nothing and loses nothing.</summary>
public sealed class GraphRefusesTheAppTests : IAsyncLifetime
{
    private LiveWorld _world = null!;

    public async Task InitializeAsync() => _world = await LiveWorld.StartAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task ASweepWhoseTokenGraphRefusesAnswersAtOnceAndSendsNothing()
    {
        _world.Entra.GraphTokensFollowTestClock = true;
        _world.Graph.StrictTokens!.TokenClock = _world.App.Clock;
        using var adele = _world.ClientFor("adele.vance");
        var id = await BookingWorld.Propose(adele, change: b => b["startDate"] = "2027-01-18");
        await BookingWorld.BookOk(adele, id, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });

        // Eleven days on, the app token MSAL still holds (by the wall clock) is long expired for Graph (by the test's).
        _world.App.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        using var refused = await _world.SweepAsync();
        var body = await refused.Content.ReadAsStringAsync();

        Assert.True(refused.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains("\"delivered\":0", body, StringComparison.Ordinal);
        var inbox = (await _world.OutlookOf("megan.bowen").Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync())!.Value!;
        Assert.DoesNotContain(inbox, m => m.Subject!.StartsWith("Agenda:", StringComparison.Ordinal));
    }
}
