using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Takes a POST of Graph's notifications: each one whose subscription we hold and whose client state matches is
/// queued (a change already waiting for the same event is not queued twice); anything else is logged, without
/// the secret, and dropped. Nothing here calls Graph or changes a relationship.
/// </summary>
public sealed class NotificationInbox(MentorSchedulerDb db, NotificationSignal signal, TimeProvider clock, AppMetrics metrics, ILogger<NotificationInbox> logger)
{
    /// <summary>How many notifications one POST may carry (Graph sends far fewer).</summary>
    public const int MaxPerPost = 1000;

    /// <summary>The notifications queued; <see cref="FormatException"/> when the body is not Graph's shape.</summary>
    public async Task<int> AcceptAsync(JsonElement body, CancellationToken ct)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
            throw new FormatException("The body is not Graph's notification collection: an object with a \"value\" array.");
        if (value.GetArrayLength() > MaxPerPost) throw new FormatException($"At most {MaxPerPost} notifications per request.");
        var incoming = value.EnumerateArray().Select(Parse).ToList();
        var ids = incoming.Select(n => n.SubscriptionId).OfType<string>().Distinct().ToList();
        var subscriptions = await db.CalendarSubscriptions.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var now = clock.GetUtcNow();
        int queued = 0, ignored = 0, twice = 0;
        foreach (var n in incoming)
        {
            if (n.SubscriptionId is null || !subscriptions.TryGetValue(n.SubscriptionId, out var subscription))
            {
                logger.LogWarning("A notification for an unknown subscription {SubscriptionId} was ignored.", n.SubscriptionId);
                ignored++;
                continue;
            }
            if (!ClientStates.Matches(subscription.ClientStateHash, n.ClientState))
            {
                logger.LogWarning("A notification for subscription {SubscriptionId} carried the wrong client state and was ignored.", subscription.Id);
                ignored++;
                continue;
            }
            if (n.Kind is not { } kind || (kind == NotificationKind.Change && n.EventId is null))
            {
                ignored++;
                continue;
            }
            if (kind == NotificationKind.Change && await AlreadyWaitingAsync(subscription.Id, n.EventId!, ct))
            {
                twice++;
                continue;
            }
            db.NotificationWork.Add(new NotificationWork
            {
                TenantId = subscription.TenantId,
                SubscriptionId = subscription.Id,
                MailboxUserId = subscription.MailboxUserId,
                Kind = kind,
                EventId = n.EventId,
                ChangeType = n.ChangeType,
                ReceivedAt = now,
                AvailableAtMs = now.ToUnixTimeMilliseconds(),
            });
            queued++;
        }
        metrics.NotificationsReceived("ignored", ignored);
        metrics.NotificationsReceived("already_queued", twice);
        if (queued > 0)
        {
            await db.SaveChangesAsync(ct);
            signal.WorkQueued();
            metrics.NotificationsReceived("queued", queued);
        }
        if (incoming.Count > 0)
            logger.LogInformation("Notifications received: {Queued} queued, {Twice} already waiting, {Ignored} ignored.", queued, twice, ignored);
        return queued;
    }

    // A change no worker has taken yet will read the event's state anyway; one taken already may have read it before this change.
    private async Task<bool> AlreadyWaitingAsync(string subscriptionId, string eventId, CancellationToken ct) =>
        db.NotificationWork.Local.Any(w => w.SubscriptionId == subscriptionId && w.EventId == eventId)
        || await db.NotificationWork.AnyAsync(w => w.SubscriptionId == subscriptionId && w.EventId == eventId && w.DoneAt == null && w.LeaseOwner == null, ct);

    private static Incoming Parse(JsonElement n)
    {
        if (n.ValueKind != JsonValueKind.Object) throw new FormatException("Each notification is a JSON object.");
        var lifecycle = Text(n, "lifecycleEvent");
        NotificationKind? kind = lifecycle switch
        {
            null => NotificationKind.Change,
            "missed" => NotificationKind.Missed,
            "reauthorizationRequired" => NotificationKind.Reauthorize,
            "subscriptionRemoved" => NotificationKind.Removed,
            _ => null,
        };
        var eventId = n.TryGetProperty("resourceData", out var data) && data.ValueKind == JsonValueKind.Object ? Text(data, "id") : null;
        eventId ??= Text(n, "resource") is { } resource && resource.LastIndexOf('/') is var slash and > 0 ? resource[(slash + 1)..] : null;
        return new Incoming(Text(n, "subscriptionId"), Text(n, "clientState"), kind, eventId, Text(n, "changeType"));
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 and <= 1000 } s ? s : null;

    private sealed record Incoming(string? SubscriptionId, string? ClientState, NotificationKind? Kind, string? EventId, string? ChangeType);
}
