namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>A fault rule as the admin surface shows it.</summary>
public sealed record FaultRuleView(
    string Id, string Route, int? Status, int? RetryAfterSeconds, int? Count, int? Remaining, double? Share, int? Seed, int DelayMs, int Fired, string When)
{
    public static FaultRuleView Of(FaultRule rule) => new(
        rule.Id, rule.Route.Text, rule.Status, rule.RetryAfterSeconds, rule.Count, rule.Remaining, rule.Share, rule.Share is null ? null : rule.Seed, rule.DelayMs, rule.Fired,
        rule.Timing.ToString().ToLowerInvariant());
}
