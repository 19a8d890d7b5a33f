using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// One Graph subscription per mailbox that organises a booked series (the mentee's: the mentor's answers change
/// the organiser's event, as in Exchange): created when needed, with a reconciliation of that mailbox queued in the
/// same save (changes made before it existed; the worker retries it with backoff if Graph fails), renewed before it
/// lapses, deleted when no booked series is left there.
/// A refusal by Graph is logged and that mailbox is asked again after a growing wait (<see cref="SubscriptionRetries"/>);
/// meanwhile /health says degraded.
/// </summary>
public sealed class SubscriptionKeeper(MentorSchedulerDb db, IGraphClients graph, NotificationEndpoint endpoint, NotificationSignal signal,
    NotificationHealth health, SubscriptionRetries retries, IOptions<NotificationOptions> options, TimeProvider clock, AppMetrics metrics,
    ILogger<SubscriptionKeeper> logger)
{
    public async Task KeepAsync(CancellationToken ct)
    {
        if (endpoint.Url() is not { } url) return;
        var needed = (await db.Relationships
                .Where(r => r.SeriesEventId != null && (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active))
                .Select(r => new { r.TenantId, r.MenteeId }).Distinct().ToListAsync(ct))
            .Select(m => (m.TenantId, m.MenteeId)).ToHashSet();
        var held = await db.CalendarSubscriptions.ToListAsync(ct);
        var failures = 0;
        var now = clock.GetUtcNow();

        foreach (var mailbox in needed.Where(m => !held.Any(s => s.TenantId == m.TenantId && s.MailboxUserId == m.MenteeId)))
            failures += await TryAsync(() => SubscribeAsync(mailbox.TenantId, mailbox.MenteeId, url, ct), "subscribe to", mailbox.TenantId, mailbox.MenteeId);
        foreach (var subscription in held.Where(s => needed.Contains((s.TenantId, s.MailboxUserId)) && s.ExpiresAt - now < options.Value.RenewBefore))
            failures += await TryAsync(() => RenewAsync(subscription, url, ct), "renew the subscription on", subscription.TenantId, subscription.MailboxUserId);
        foreach (var subscription in held.Where(s => !needed.Contains((s.TenantId, s.MailboxUserId))))
            failures += await TryAsync(() => UnsubscribeAsync(subscription, ct), "delete the subscription on", subscription.TenantId, subscription.MailboxUserId);
        // A mailbox still waiting out an earlier refusal keeps /health degraded as much as a new refusal does.
        health.KeeperRan(now, Math.Max(failures, retries.Waiting));
        metrics.SubscriptionsHeld(await db.CalendarSubscriptions.CountAsync(ct));
    }

    /// <summary>Renews one subscription now (Graph asked: <c>reauthorizationRequired</c>).</summary>
    public async Task RenewAsync(string subscriptionId, CancellationToken ct)
    {
        if (endpoint.Url() is not { } url) return;
        if (await db.CalendarSubscriptions.SingleOrDefaultAsync(s => s.Id == subscriptionId, ct) is { } subscription)
            await RenewAsync(subscription, url, ct);
    }

    /// <summary>Graph removed a subscription: forget it, so the next pass subscribes again.</summary>
    public async Task ForgetAsync(string subscriptionId, CancellationToken ct) =>
        await db.CalendarSubscriptions.Where(s => s.Id == subscriptionId).ExecuteDeleteAsync(ct);

    private async Task SubscribeAsync(string tenantId, string mailboxUserId, string url, CancellationToken ct)
    {
        var clientState = ClientStates.New();
        var expires = clock.GetUtcNow() + options.Value.SubscriptionLifetime;
        var created = await graph.ForTenant(tenantId).Subscriptions.PostAsync(new Subscription
        {
            ChangeType = "updated,deleted",
            Resource = $"users/{mailboxUserId}/events",
            NotificationUrl = url,
            LifecycleNotificationUrl = url,
            ExpirationDateTime = expires,
            ClientState = clientState,
        }, cancellationToken: ct);
        db.CalendarSubscriptions.Add(new CalendarSubscription
        {
            Id = created!.Id!,
            TenantId = tenantId,
            MailboxUserId = mailboxUserId,
            ClientStateHash = ClientStates.Hash(clientState),
            ExpiresAt = created.ExpirationDateTime ?? expires,
            CreatedAt = clock.GetUtcNow(),
        });
        var now = clock.GetUtcNow();
        db.NotificationWork.Add(new NotificationWork
        {
            TenantId = tenantId,
            SubscriptionId = created.Id!,
            MailboxUserId = mailboxUserId,
            Kind = NotificationKind.Missed,
            ReceivedAt = now,
            AvailableAtMs = now.ToUnixTimeMilliseconds(),
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance subscribed this mailbox a moment ago: keep its subscription and take ours out of Graph.
            db.ChangeTracker.Clear();
            await graph.ForTenant(tenantId).Subscriptions[created.Id].DeleteAsync(cancellationToken: ct);
            return;
        }
        logger.LogInformation("Subscribed to the calendar of mailbox {MailboxUserId} until {Expires:u}.", mailboxUserId, expires);
        signal.WorkQueued();
    }

    private async Task RenewAsync(CalendarSubscription subscription, string url, CancellationToken ct)
    {
        var expires = clock.GetUtcNow() + options.Value.SubscriptionLifetime;
        try
        {
            await graph.ForTenant(subscription.TenantId).Subscriptions[subscription.Id].PatchAsync(new Subscription { ExpirationDateTime = expires }, cancellationToken: ct);
            subscription.ExpiresAt = expires;
            await db.SaveChangesAsync(ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            // It lapsed or Graph removed it: subscribe afresh (and reconcile what was missed meanwhile).
            db.CalendarSubscriptions.Remove(subscription);
            await db.SaveChangesAsync(ct);
            await SubscribeAsync(subscription.TenantId, subscription.MailboxUserId, url, ct);
        }
    }

    private async Task UnsubscribeAsync(CalendarSubscription subscription, CancellationToken ct)
    {
        try
        {
            await graph.ForTenant(subscription.TenantId).Subscriptions[subscription.Id].DeleteAsync(cancellationToken: ct);
        }
        catch (ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            // Already gone.
        }
        db.CalendarSubscriptions.Remove(subscription);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>One mailbox's step, unless that mailbox is waiting out a refusal; 1 when Graph refused it (or it waits), else 0.</summary>
    private async Task<int> TryAsync(Func<Task> action, string what, string tenantId, string mailboxUserId)
    {
        if (!retries.MayTry(tenantId, mailboxUserId)) return 1;
        try
        {
            await action();
            retries.Succeeded(tenantId, mailboxUserId);
            return 0;
        }
        catch (Exception e) when (e is not OperationCanceledException && GraphExceptionHandler.Translate(e, out var retryAfter) is not null)
        {
            metrics.SubscriptionRefused();
            var wait = retries.Refused(tenantId, mailboxUserId, options.Value.KeeperInterval, retryAfter);
            logger.LogWarning("Could not {What} mailbox {MailboxUserId}: {Reason}. It is tried again in {Wait}.", what, mailboxUserId, e.Message, wait);
            db.ChangeTracker.Clear();
            return 1;
        }
    }
}
