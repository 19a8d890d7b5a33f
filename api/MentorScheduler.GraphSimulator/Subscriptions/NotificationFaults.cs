namespace MentorScheduler.GraphSimulator.Subscriptions;

/// <summary>
/// What happens to the next notifications the simulator sends (admin: <c>/graph-sim/admin/notifications/faults</c>):
/// <c>drop</c> (never sent), <c>duplicate</c> (sent twice), <c>delay</c> (sent <c>delayMs</c> late, on the
/// simulator's clock, so later ones may overtake it). Rules apply in the order added; each to its next
/// <c>count</c> notifications, or to all when no count is given.
/// </summary>
internal sealed class NotificationFaults
{
    private readonly Lock _gate = new();
    private readonly List<Rule> _rules = [];

    public static readonly string[] Modes = ["drop", "duplicate", "delay"];

    public void Add(string mode, int? count, int delayMs)
    {
        lock (_gate) _rules.Add(new Rule(mode, count, delayMs));
    }

    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    /// <summary>The fault for the next notification, if a rule still applies.</summary>
    public (string Mode, int DelayMs)? Next()
    {
        lock (_gate)
        {
            var rule = _rules.FirstOrDefault(r => r.Remaining is null or > 0);
            if (rule is null) return null;
            if (rule.Remaining is not null) rule.Remaining--;
            return (rule.Mode, rule.DelayMs);
        }
    }

    private sealed class Rule(string mode, int? count, int delayMs)
    {
        public string Mode { get; } = mode;
        public int? Remaining { get; set; } = count;
        public int DelayMs { get; } = delayMs;
    }
}
