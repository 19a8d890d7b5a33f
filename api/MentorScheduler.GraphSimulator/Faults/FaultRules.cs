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
        lock (_gate) return _rules.RemoveAll(r => r.Id == id) > 0;
    }

    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    /// <summary>
    /// Walks the rules in order: every matching rule that fires adds its delay; the first one with a status (or
    /// that drops the connection) ends the walk and faults the request. The <c>$batch</c> envelope only matches rules that name it.
    /// </summary>
    public FaultDecision Evaluate(string method, string path, string template, bool isBatchEnvelope)
    {
        lock (_gate)
        {
            if (_rules.Count == 0) return FaultDecision.None;
            var delay = TimeSpan.Zero;
            foreach (var rule in _rules)
            {
                if (isBatchEnvelope != rule.Route.NamesBatch || !rule.Route.Matches(method, path, template)) continue;
                if (!rule.TryFire()) continue;
                delay += TimeSpan.FromMilliseconds(rule.DelayMs);
                if (rule.Status is not null || rule.Timing == FaultTiming.Drop) return new FaultDecision(delay, rule);
            }
            return delay == TimeSpan.Zero ? FaultDecision.None : new FaultDecision(delay, null);
        }
    }
}
