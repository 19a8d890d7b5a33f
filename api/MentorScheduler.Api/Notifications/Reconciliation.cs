using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Reads booked relationships again from Outlook (the app's token), to repair what a lost notification left
/// behind: all of them on its timer, one mailbox's after <c>missed</c> or a new subscription.
/// </summary>
public sealed class Reconciliation(MentorSchedulerDb db, SessionSync sync)
{
    public async Task<int> AllAsync(CancellationToken ct)
    {
        var ids = await Booked().Select(r => r.Id).ToListAsync(ct);
        await SyncAsync(ids, ct);
        return ids.Count;
    }

    /// <summary>
    /// One mailbox's booked relationships, each tried; if Graph failed on any, throws once all were tried, so the
    /// queued item that asked (<c>missed</c>, a new subscription) is retried with backoff rather than marked done.
    /// </summary>
    public async Task<int> MailboxAsync(string tenantId, string mailboxUserId, CancellationToken ct)
    {
        var ids = await Booked().Where(r => r.TenantId == tenantId && r.MenteeId == mailboxUserId).Select(r => r.Id).ToListAsync(ct);
        var failed = await SyncAsync(ids, ct);
        if (failed > 0)
            throw new InvalidOperationException($"Graph failed on {failed} of the mailbox's {ids.Count} booked relationships; the reconciliation is tried again later.");
        return ids.Count;
    }

    private IQueryable<Relationship> Booked() =>
        db.Relationships.Where(r => r.SeriesEventId != null && (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active));

    // One at a time, each with what the database holds now: pages of ids, never every relationship in memory.
    // The number Graph failed on.
    private async Task<int> SyncAsync(List<Guid> ids, CancellationToken ct)
    {
        var failed = 0;
        foreach (var id in ids)
        {
            var relationship = await db.Relationships.SingleAsync(r => r.Id == id, ct);
            if (!await sync.TrySyncAsync(relationship, ct)) failed++;
            db.ChangeTracker.Clear();
        }
        return failed;
    }
}
