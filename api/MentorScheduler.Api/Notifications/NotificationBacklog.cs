using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// The queue's database side. A worker leases what is due: on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so
/// instances sharing the database never wait on each other's rows; on SQLite (one instance) by one conditional
/// UPDATE. A lease that runs out (a worker that died) frees its items for the next worker.
/// </summary>
public sealed class NotificationBacklog(MentorSchedulerDb db)
{
    public async Task<List<NotificationWork>> ClaimAsync(string owner, DateTimeOffset now, TimeSpan lease, int max, CancellationToken ct)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var untilMs = (now + lease).ToUnixTimeMilliseconds();
        db.ChangeTracker.Clear();
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                UPDATE "NotificationWork" SET "LeaseOwner" = {owner}, "LeaseUntilMs" = {untilMs}
                WHERE "Id" IN (SELECT "Id" FROM "NotificationWork"
                               WHERE "DoneAt" IS NULL AND "AvailableAtMs" <= {nowMs} AND ("LeaseUntilMs" IS NULL OR "LeaseUntilMs" < {nowMs})
                               ORDER BY "Id" LIMIT {max} FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        else
        {
            var due = await db.NotificationWork
                .Where(w => w.DoneAt == null && w.AvailableAtMs <= nowMs && (w.LeaseUntilMs == null || w.LeaseUntilMs < nowMs))
                .OrderBy(w => w.Id).Select(w => w.Id).Take(max).ToListAsync(ct);
            if (due.Count == 0) return [];
            await db.NotificationWork.Where(w => due.Contains(w.Id) && (w.LeaseUntilMs == null || w.LeaseUntilMs < nowMs))
                .ExecuteUpdateAsync(set => set.SetProperty(w => w.LeaseOwner, owner).SetProperty(w => w.LeaseUntilMs, untilMs), ct);
        }
        return await db.NotificationWork.Where(w => w.DoneAt == null && w.LeaseOwner == owner && w.LeaseUntilMs == untilMs).OrderBy(w => w.Id).ToListAsync(ct);
    }

    /// <summary>The newest item queued so far: what a read that starts now covers.</summary>
    public async Task<long> LatestIdAsync(CancellationToken ct) => await db.NotificationWork.MaxAsync(w => (long?)w.Id, ct) ?? 0;

    /// <summary>
    /// Marks the item done, and with it every change to the same event that was queued before its read began and
    /// that no worker has taken: that read saw the state they announce (so a burst about one event costs one read).
    /// </summary>
    public async Task CompleteAsync(NotificationWork item, DateTimeOffset now, long coveredUpTo, CancellationToken ct)
    {
        // By key, not through the change tracker: the work done for the item (a reconciliation) may have cleared it.
        item.DoneAt = now;
        item.LeaseUntilMs = null;
        await db.NotificationWork.Where(w => w.Id == item.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.DoneAt, now).SetProperty(w => w.LeaseUntilMs, (long?)null), ct);
        if (item.Kind != NotificationKind.Change || item.EventId is null) return;
        await db.NotificationWork
            .Where(w => w.SubscriptionId == item.SubscriptionId && w.EventId == item.EventId && w.Kind == NotificationKind.Change
                && w.DoneAt == null && w.LeaseOwner == null && w.Id <= coveredUpTo)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.DoneAt, now), ct);
    }

    /// <summary>Frees the item to be tried again after a backoff, or gives it up after <paramref name="maxAttempts"/>.</summary>
    public async Task FailAsync(NotificationWork item, string reason, DateTimeOffset now, int maxAttempts, CancellationToken ct)
    {
        item.Attempts++;
        item.LastError = reason.Length > 500 ? reason[..500] : reason;
        item.LeaseOwner = null;
        item.LeaseUntilMs = null;
        if (item.Attempts >= maxAttempts) item.DoneAt = now;
        else item.AvailableAtMs = (now + TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, item.Attempts - 1)))).ToUnixTimeMilliseconds();
        await db.SaveChangesAsync(ct);
    }
}
