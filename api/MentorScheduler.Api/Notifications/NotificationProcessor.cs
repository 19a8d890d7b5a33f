using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Does what one queued notification asks. A change to an event that is not one of our series or sessions (a
/// stand-up in the same mailbox) costs one database query and no Graph call; one of ours reads the series'
/// current state, so duplicates and notifications out of order change nothing more.
/// </summary>
public sealed class NotificationProcessor(MentorSchedulerDb db, SessionSync sync, SubscriptionKeeper keeper, Reconciliation reconciliation,
    NotificationSignal signal)
{
    public async Task ProcessAsync(NotificationWork item, CancellationToken ct)
    {
        switch (item.Kind)
        {
            case NotificationKind.Change:
                foreach (var relationship in await OwnersAsync(item, ct)) await sync.SyncAsync(relationship, ct);
                break;
            case NotificationKind.Missed:
                await reconciliation.MailboxAsync(item.TenantId, item.MailboxUserId, ct);
                break;
            case NotificationKind.Reauthorize:
                await keeper.RenewAsync(item.SubscriptionId, ct);
                break;
            case NotificationKind.Refresh:
                if (Guid.TryParse(item.EventId, out var id) && await db.Relationships.FindAsync([id], ct) is { SeriesEventId: not null } r)
                    await sync.SyncAsync(r, ct); // a failure is retried with backoff
                break;
            case NotificationKind.Removed:
                await keeper.ForgetAsync(item.SubscriptionId, ct);
                signal.MailboxesChanged();
                break;
        }
    }

    private Task<List<Relationship>> OwnersAsync(NotificationWork item, CancellationToken ct) =>
        db.Relationships
            .Where(r => r.TenantId == item.TenantId && r.MenteeId == item.MailboxUserId && r.SeriesEventId != null
                && (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active))
            .Where(r => r.SeriesEventId == item.EventId
                || db.Sessions.Any(s => s.RelationshipId == r.Id && (s.OccurrenceId == item.EventId || s.SeriesEventId == item.EventId)))
            .ToListAsync(ct);
}
