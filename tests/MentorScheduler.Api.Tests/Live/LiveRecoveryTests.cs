using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Scheduling;

namespace MentorScheduler.Api.Tests.Live;

/// <summary>
/// Finishing an interrupted agenda in Live mode: the sweep looks for the mail in the mentee's Sent Items by
/// its extended property, which needs Mail.Read (application); README's consent has it, so the mail that went
/// out is found and never sent twice. Without Mail.Read the delivery waits rather than risk a second mail.
/// </summary>
public sealed class LiveRecoveryTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ASendWhoseAnswerWasLostIsFoundInSentItemsAndNotSentAgain(bool withMailRead)
    {
        await using var world = await LiveWorld.StartAsync(applicationRoles: withMailRead ? null : ReadmePermissions.Application().Where(r => r != "Mail.Read").ToList());
        using var adele = world.ClientFor("adele.vance");
        var id = await BookingWorld.Propose(adele, change: b => b["startDate"] = "2027-01-18");
        await BookingWorld.BookOk(adele, id, new { start = "2027-01-18T14:00:00", timeZone = "Europe/London" });
        world.App.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        // The agenda goes out, and Graph's answer is lost.
        await world.Graph.InjectFault(new { route = "POST /users/*/sendMail", status = 504, when = "after", count = 1 });

        var first = await Sweep(world);
        world.App.Clock.Advance(TimeSpan.FromMinutes(10)); // the crashed sweep's lease runs out
        var second = await Sweep(world);

        var sent = (await world.OutlookOf("megan.bowen").Users[DemoUsers.Megan].MailFolders["inbox"].Messages.GetAsync())!.Value!
            .Count(m => m.Subject!.StartsWith("Agenda:", StringComparison.Ordinal));
        using var agenda = world.ClientFor("adele.vance");
        var sessions = await BookingWorld.Sessions(agenda, id);
        var state = (await agenda.GetFromJsonAsync<JsonElement>($"/api/relationships/{id}/sessions/{sessions[0].GetProperty("id").GetString()}/agenda"))
            .GetProperty("status").GetString();
        Assert.Equal(0, first.GetProperty("delivered").GetInt32());
        Assert.Equal(0, second.GetProperty("delivered").GetInt32());
        Assert.Equal(1, sent);
        Assert.Equal(withMailRead ? "sent" : "pending", state);
    }

    private static async Task<JsonElement> Sweep(LiveWorld world)
    {
        using var response = await world.SweepAsync();
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
