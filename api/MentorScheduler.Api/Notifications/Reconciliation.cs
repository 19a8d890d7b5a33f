using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Reads booked relationships again from Outlook (the app's token), to repair what a lost notification left
/// behind: all of them on its timer, one mailbox's after <c>missed</c> or a new subscription.
/// </summary>
public sealed class Reconciliation(MentorSchedulerDb db, SessionSync sync, ILogger<Reconciliation> logger)
{
    public async Task<int> AllAsync(CancellationToken ct)
    {
        var ids = await Booked().Select(r => r.Id).ToListAsync(ct);
        await SyncAsync(ids, ct);
        return ids.Count;
    }

    /// <summary>
    /// One mailbox's booked relationships, each tried; if Graph was busy or out of reach for any (429, 503, 504, no
    /// answer), throws once all were tried, so the queued item that asked (<c>missed</c>, a new subscription) is
    /// retried with backoff rather than marked done. A refusal that a retry would not change (a series or mailbox
    /// Graph does not know) is logged and left to the record as it is.
    /// </summary>
    public async Task<int> MailboxAsync(string tenantId, string mailboxUserId, CancellationToken ct)
    {
        var ids = await Booked().Where(r => r.TenantId == tenantId && r.MenteeId == mailboxUserId).Select(r => r.Id).ToListAsync(ct);
        var failed = await SyncAsync(ids, ct);
        if (failed > 0)
            throw new InvalidOperationException($"Graph was busy or out of reach for {failed} of the mailbox's {ids.Count} booked relationships; the reconciliation is tried again later.");
        return ids.Count;
    }

    private IQueryable<Relationship> Booked() =>
        db.Relationships.Where(r => r.SeriesEventId != null && (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active));

    // One at a time, each with what the database holds now: pages of ids, never every relationship in memory.
    // The number Graph was busy or out of reach for.
    private async Task<int> SyncAsync(List<Guid> ids, CancellationToken ct)
    {
        var busy = 0;
        foreach (var id in ids)
        {
            var relationship = await db.Relationships.SingleAsync(r => r.Id == id, ct);
            try
            {
                await sync.SyncAsync(relationship, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException && GraphExceptionHandler.Translate(e, out _) is { } problem)
            {
                logger.LogWarning("Could not read relationship {RelationshipId} again from Graph ({Status}); the record stays as it is.", id, problem.Extensions["graphStatus"] ?? "no answer");
                if (problem.Status == StatusCodes.Status503ServiceUnavailable) busy++;
            }
            db.ChangeTracker.Clear();
        }
        return busy;
    }
}
