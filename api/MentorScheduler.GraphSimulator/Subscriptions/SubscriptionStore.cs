using System.Collections.Concurrent;

namespace MentorScheduler.GraphSimulator.Subscriptions;

/// <summary>
/// The simulated tenant's subscriptions, in memory. An expired subscription is gone, as in Graph: it is neither
/// found nor notified.
/// </summary>
internal sealed class SubscriptionStore(TimeProvider clock)
{
    /// <summary>The longest a subscription on Outlook resources may live (Graph's subscription resource page).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10_080);

    private readonly ConcurrentDictionary<string, SimulatedSubscription> _all = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Subscription ids by mailbox id; an id whose subscription has gone is skipped and dropped when met.</summary>
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byMailbox = new(StringComparer.OrdinalIgnoreCase);

    public void Add(SimulatedSubscription subscription)
    {
        _all[subscription.Id] = subscription;
        _byMailbox.GetOrAdd(subscription.MailboxId, _ => new(StringComparer.OrdinalIgnoreCase))[subscription.Id] = 0;
    }

    public SimulatedSubscription? Find(string id) =>
        _all.TryGetValue(id, out var s) && Live(s) ? s : null;

    public IReadOnlyList<SimulatedSubscription> List() => [.. _all.Values.Where(Live).OrderBy(s => s.Id, StringComparer.Ordinal)];

    /// <summary>The live subscriptions notified of a change: the mailbox's own, found by its index (every change looks, so it is not a scan of the tenant's).</summary>
    public IReadOnlyList<SimulatedSubscription> On(string mailboxId, string changeType)
    {
        if (!_byMailbox.TryGetValue(mailboxId, out var ids)) return [];
        var found = new List<SimulatedSubscription>();
        foreach (var id in ids.Keys)
            if (_all.TryGetValue(id, out var s) && s.ChangeTypes.Contains(changeType) && Live(s)) found.Add(s);
        return found;
    }

    public bool Remove(string id)
    {
        if (!_all.TryRemove(id, out var removed)) return false;
        if (_byMailbox.TryGetValue(removed.MailboxId, out var ids)) ids.TryRemove(id, out _);
        return true;
    }

    private bool Live(SimulatedSubscription s)
    {
        if (s.ExpirationDateTime > clock.GetUtcNow()) return true;
        Remove(s.Id);
        return false;
    }
}
