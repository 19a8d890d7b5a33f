using System.Collections.Concurrent;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// The mailboxes Graph refused to subscribe or renew, and when each may be asked again: <see cref="First"/> after the
/// first refusal, doubling with each further one up to the keeper's interval, and never sooner than Graph's own
/// Retry-After. Kept per instance (each instance backs off from what it was told).
/// </summary>
public sealed class SubscriptionRetries(TimeProvider clock)
{
    public static readonly TimeSpan First = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string TenantId, string MailboxUserId), (int Refusals, DateTimeOffset NextAt)> _waiting = new();

    /// <summary>Whether this mailbox may be asked for now (never refused, or its wait is over).</summary>
    public bool MayTry(string tenantId, string mailboxUserId) =>
        !_waiting.TryGetValue((tenantId, mailboxUserId), out var entry) || entry.NextAt <= clock.GetUtcNow();

    /// <summary>Records a refusal; the wait before the next try.</summary>
    public TimeSpan Refused(string tenantId, string mailboxUserId, TimeSpan longest, int? retryAfterSeconds)
    {
        var refusals = _waiting.TryGetValue((tenantId, mailboxUserId), out var entry) ? entry.Refusals + 1 : 1;
        var doubled = First * Math.Pow(2, Math.Min(refusals - 1, 20));
        var wait = doubled < longest ? doubled : longest;
        if (retryAfterSeconds is { } seconds && TimeSpan.FromSeconds(seconds) > wait) wait = TimeSpan.FromSeconds(seconds);
        _waiting[(tenantId, mailboxUserId)] = (refusals, clock.GetUtcNow() + wait);
        return wait;
    }

    public void Succeeded(string tenantId, string mailboxUserId) => _waiting.TryRemove((tenantId, mailboxUserId), out _);

    /// <summary>How many mailboxes are waiting to be asked again.</summary>
    public int Waiting => _waiting.Count;

    /// <summary>The soonest a waiting mailbox may be asked again, or null when none waits.</summary>
    public DateTimeOffset? Soonest => _waiting.IsEmpty ? null : _waiting.Values.Min(e => e.NextAt);
}
