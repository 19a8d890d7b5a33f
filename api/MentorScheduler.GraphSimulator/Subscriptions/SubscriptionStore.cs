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

    public void Add(SimulatedSubscription subscription) => _all[subscription.Id] = subscription;

    public SimulatedSubscription? Find(string id) =>
        _all.TryGetValue(id, out var s) && Live(s) ? s : null;

    public IReadOnlyList<SimulatedSubscription> List() => [.. _all.Values.Where(Live).OrderBy(s => s.Id, StringComparer.Ordinal)];

    public IReadOnlyList<SimulatedSubscription> On(string mailboxId, string changeType) =>
        [.. _all.Values.Where(s => Live(s) && s.MailboxId == mailboxId && s.ChangeTypes.Contains(changeType))];

    public bool Remove(string id) => _all.TryRemove(id, out _);

    private bool Live(SimulatedSubscription s)
    {
        if (s.ExpirationDateTime > clock.GetUtcNow()) return true;
        _all.TryRemove(s.Id, out _);
        return false;
    }
}
