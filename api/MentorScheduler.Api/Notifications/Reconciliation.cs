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
        return await SyncAsync(ids, ct);
    }

    public async Task<int> MailboxAsync(string tenantId, string mailboxUserId, CancellationToken ct)
    {
        var ids = await Booked().Where(r => r.TenantId == tenantId && r.MenteeId == mailboxUserId).Select(r => r.Id).ToListAsync(ct);
        return await SyncAsync(ids, ct);
    }

    private IQueryable<Relationship> Booked() =>
        db.Relationships.Where(r => r.SeriesEventId != null && (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active));

    // One at a time, each with what the database holds now: pages of ids, never every relationship in memory.
    private async Task<int> SyncAsync(List<Guid> ids, CancellationToken ct)
    {
        foreach (var id in ids)
        {
            var relationship = await db.Relationships.SingleAsync(r => r.Id == id, ct);
            await sync.TrySyncAsync(relationship, ct);
            db.ChangeTracker.Clear();
        }
        return ids.Count;
    }
}
