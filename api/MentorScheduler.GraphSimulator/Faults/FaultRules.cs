namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>The simulator's fault rules, in the order they were added; thread-safe.</summary>
public sealed class FaultRules
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];
    private int _nextId;

    public FaultRule Add(FaultRoutePattern route, int? status, int? retryAfterSeconds, int? count, double? share, int? seed, int delayMs,
        FaultTiming timing = FaultTiming.Before, int skip = 0)
    {
        lock (_gate)
        {
            var id = (++_nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var rule = new FaultRule(id, route, status, retryAfterSeconds, count, share, seed ?? 1, delayMs, timing, skip);
            _rules.Add(rule);
            return rule;
        }
    }

    public IReadOnlyList<FaultRule> List()
    {
        lock (_gate) return [.. _rules];
    }

    public FaultRule? Find(string id)
    {
        lock (_gate) return _rules.Find(r => r.Id == id);
    }

    public bool Remove(string id)
    {
        lock (_gate)
        {
            var removed = _rules.FindAll(r => r.Id == id);
            foreach (var rule in removed) Release(rule);
            return removed.Count > 0;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            foreach (var rule in _rules) rule.Remove();
            _rules.Clear();
        }
    }

    private void Release(FaultRule rule)
    {
        rule.Remove();
        _rules.Remove(rule);
    }

    /// <summary>
    /// Walks the rules in order: every matching rule that fires adds its delay (cut short when one of them is removed); the first one with a status (or
    /// that drops the connection) ends the walk and faults the request. The <c>$batch</c> envelope only matches rules that name it.
    /// </summary>
    public FaultDecision Evaluate(string method, string path, string template, bool isBatchEnvelope)
    {
        lock (_gate)
        {
            if (_rules.Count == 0) return FaultDecision.None;
            var delay = TimeSpan.Zero;
            var delayAfter = TimeSpan.Zero;
            var holding = new List<Task>();
            foreach (var rule in _rules)
            {
                if (isBatchEnvelope != rule.Route.NamesBatch || !rule.Route.Matches(method, path, template)) continue;
                if (!rule.TryFire()) continue;
                if (rule.DelayMs > 0) holding.Add(rule.Removed);
                if (rule.Timing == FaultTiming.After && rule.Status is null)
                {
                    delayAfter += TimeSpan.FromMilliseconds(rule.DelayMs); // done at once, answered late
                    continue;
                }
                delay += TimeSpan.FromMilliseconds(rule.DelayMs);
                if (rule.Status is not null || rule.Timing == FaultTiming.Drop) return new FaultDecision(delay, rule, holding, delayAfter);
            }
            return delay == TimeSpan.Zero && delayAfter == TimeSpan.Zero ? FaultDecision.None : new FaultDecision(delay, null, holding, delayAfter);
        }
    }
}
