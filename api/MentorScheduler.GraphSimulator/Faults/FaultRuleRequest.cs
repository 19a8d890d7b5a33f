namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>The body of <c>POST /graph-sim/admin/faults</c>.</summary>
public sealed record FaultRuleRequest(string? Route, int? Status, int? RetryAfterSeconds, int? Count, double? Share, int? Seed, int? DelayMs, string? When = null, int? Skip = null)
{
    /// <summary>When the fault strikes, from <c>when</c>; null when it names no timing.</summary>
    public FaultTiming? Timing => When?.Trim().ToLowerInvariant() switch
    {
        null or "" or "before" => FaultTiming.Before,
        "after" => FaultTiming.After,
        "drop" => FaultTiming.Drop,
        _ => null,
    };

    /// <summary>Problems with the request, by field; empty when the rule can be added.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (FaultRoutePattern.TryParse(Route) is null)
            errors["route"] = ["Give a route such as 'POST /users/*/events', 'GET /users/{key}' or '*'."];
        if (Status is not (null or 403 or 429 or 503 or 504))
            errors["status"] = ["The status must be 403 (a permanent refusal), 429, 503 or 504, or null for a rule that only delays."];
        var timing = Timing;
        if (timing is null)
            errors["when"] = ["'when' is 'before' (the default: nothing is done), 'after' (done, then the status answers, or the answer comes delayMs late) or 'drop' (done, then no answer)."];
        else if (timing == FaultTiming.Drop && Status is not null)
            errors["status"] = ["A rule that drops the connection answers nothing: leave out the status."];
        else if (timing == FaultTiming.After && Status is null && DelayMs is null or 0)
            errors["status"] = ["A rule that acts after the work needs the status to answer (usually 504), or a delayMs to answer late."];
        else if (timing == FaultTiming.Before && Status is null && DelayMs is null or 0)
            errors["delayMs"] = ["A rule without a status must have a delayMs above 0."];
        if (DelayMs is < 0 or > SimulatedLatency.MaxDelayMs)
            errors["delayMs"] = [$"The delay must be between 0 and {SimulatedLatency.MaxDelayMs} ms."];
        if (Skip is < 0)
            errors["skip"] = ["skip is how many matching requests pass before the rule acts: 0 or more."];
        if (RetryAfterSeconds is < 0 or > 3600)
            errors["retryAfterSeconds"] = ["Retry-After must be between 0 and 3600 seconds."];
        if (Count is not null && Share is not null)
            errors["count"] = ["Give either count or share, not both."];
        else if (Count is < 1)
            errors["count"] = ["The count must be at least 1."];
        else if (Share is < 0 or > 1 || Share is double s && double.IsNaN(s))
            errors["share"] = ["The share must be between 0.0 and 1.0."];
        return errors;
    }
}
