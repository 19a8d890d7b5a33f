using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Notifications;
using MentorScheduler.Api.Tests.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Tests.Notifications;

/// <summary>
/// Adele's relationship with Megan booked in Simulated mode, the subscription on Adele's calendar in place, and
/// ways to wait until notifications, the worker and the keeper have done everything they were given.
/// </summary>
public sealed class NotificationWorld : IAsyncDisposable
{
    public const string Adele = "adele.vance@contoso.example";
    public const string Megan = "megan.bowen@contoso.example";

    public TestApp App { get; } = new();

    public HttpClient AdeleClient { get; private set; } = new();

    public string Id { get; private set; } = "";

    public static async Task<NotificationWorld> BookedAsync()
    {
        var world = new NotificationWorld();
        world.AdeleClient = await world.App.ClientFor("adele.vance");
        world.Id = await BookingWorld.Propose(world.AdeleClient);
        await BookingWorld.BookOk(world.AdeleClient, world.Id);
        await world.SettledAsync();
        return world;
    }

    /// <summary>Megan's copy of the series in her calendar.</summary>
    public async Task<Event> MeganCopyAsync()
    {
        var page = await App.Graph().Users[Megan].Events.GetAsync(rc => rc.QueryParameters.Top = 50);
        return page!.Value!.Single(e => e.Subject == "Mentoring: Adele Vance and Megan Bowen");
    }

    public async Task<T> DbAsync<T>(Func<MentorSchedulerDb, Task<T>> read)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>());
    }

    /// <summary>
    /// Runs the subscription keeper's pass now, as its hourly timer does (that timer runs on real time: the
    /// dev clock moves only the time it reads).
    /// </summary>
    public void KeeperPass() => App.Services.GetRequiredService<NotificationSignal>().MailboxesChanged();

    /// <summary>Asks for a keeper pass and waits until one has finished after the asking.</summary>
    public async Task KeeperPassDoneAsync()
    {
        var health = App.Services.GetRequiredService<NotificationHealth>();
        var before = health.Passes;
        KeeperPass();
        await Eventually.Until(() => Task.FromResult(health.Passes), p => p > before, "a keeper pass to finish");
    }

    public Task<List<CalendarSubscription>> SubscriptionsAsync() => DbAsync(db => db.CalendarSubscriptions.AsNoTracking().ToListAsync());

    public async Task<JsonElement> SimulatorStatsAsync()
    {
        using var client = App.Anonymous();
        return await client.GetFromJsonAsync<JsonElement>("/graph-sim/admin/notifications");
    }

    public async Task AdminAsync(string path, object body)
    {
        using var client = App.Anonymous();
        (await client.PostAsJsonAsync(path, body)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Until nothing is left in flight: every booked mailbox subscribed, the simulator with nothing to send and the
    /// queue with nothing due, twice in a row.
    /// </summary>
    public async Task SettledAsync()
    {
        var calm = 0;
        await Eventually.Until(async () =>
        {
            var pending = (await SimulatorStatsAsync()).GetProperty("pending").GetInt32();
            var (queued, unsubscribed) = await DbAsync(async db => (
                await db.NotificationWork.CountAsync(w => w.DoneAt == null),
                await db.Relationships.CountAsync(r => r.SeriesEventId != null && (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active)
                    && !db.CalendarSubscriptions.Any(s => s.TenantId == r.TenantId && s.MailboxUserId == r.MenteeId))));
            calm = pending == 0 && queued == 0 && unsubscribed == 0 ? calm + 1 : 0;
            return (calm, pending, queued, unsubscribed);
        }, s => s.calm >= 3, "notifications, the worker and the keeper to settle");
    }

    public async ValueTask DisposeAsync()
    {
        AdeleClient.Dispose();
        await App.DisposeAsync();
    }
}
