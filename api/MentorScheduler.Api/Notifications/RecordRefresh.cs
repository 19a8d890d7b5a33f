using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;

namespace MentorScheduler.Api.Notifications;

/// <summary>Queues a <see cref="NotificationKind.Refresh"/> for the worker, which retries it with backoff until Graph answers.</summary>
public sealed class RecordRefresh(MentorSchedulerDb db, NotificationSignal signal, TimeProvider clock) : IRecordRefresh
{
    public async Task RequestAsync(Relationship relationship, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        db.NotificationWork.Add(new NotificationWork
        {
            TenantId = relationship.TenantId,
            SubscriptionId = string.Empty,
            MailboxUserId = relationship.MenteeId,
            Kind = NotificationKind.Refresh,
            EventId = relationship.Id.ToString(),
            ReceivedAt = now,
            AvailableAtMs = now.ToUnixTimeMilliseconds(),
        });
        await db.SaveChangesAsync(ct);
        signal.WorkQueued();
    }
}
