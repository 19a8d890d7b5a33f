namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>
/// One injected fault: requests matching <see cref="Route"/> answer <see cref="Status"/> (403, 429, 503 or 504)
/// and/or answer late, for the next <c>count</c> matches, for a seeded share of them, or for all of them.
/// Not thread-safe on its own: <see cref="FaultRules"/> calls <see cref="TryFire"/> under its lock.
/// </summary>
public sealed class FaultRule
{
    public const int DefaultRetryAfterSeconds = 1;

    private readonly Random? _random;
    private readonly TaskCompletionSource _removed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _toSkip;

    public FaultRule(string id, FaultRoutePattern route, int? status, int? retryAfterSeconds, int? count, double? share, int seed, int delayMs,
        FaultTiming timing = FaultTiming.Before, int skip = 0)
    {
        Timing = timing;
        Skip = skip;
        _toSkip = skip;
        Id = id;
        Route = route;
        Status = status;
        RetryAfterSeconds = status is 429 or 503 ? retryAfterSeconds ?? DefaultRetryAfterSeconds : null;
        Count = count;
        Remaining = count;
        Share = share;
        Seed = seed;
        DelayMs = delayMs;
        _random = share is null ? null : new Random(seed);
    }

    public string Id { get; }

    /// <summary>How many matching requests pass untouched before the rule starts acting (the Nth of a kind).</summary>
    public int Skip { get; }

    /// <summary>Before the operation (nothing is done), or after it (done, then the fault answers or the connection drops).</summary>
    public FaultTiming Timing { get; }

    public FaultRoutePattern Route { get; }

    /// <summary>The status to answer, or null for a rule that only delays.</summary>
    public int? Status { get; }

    /// <summary>The <c>Retry-After</c> seconds sent with a 429 or 503 (1 unless given); null for other statuses.</summary>
    public int? RetryAfterSeconds { get; }

    /// <summary>How many matching requests the rule was created to fault, or null when it is not counted.</summary>
    public int? Count { get; }

    /// <summary>How many more matching requests this rule faults, or null when it is not counted.</summary>
    public int? Remaining { get; private set; }

    /// <summary>The share (0 to 1) of matching requests faulted, drawn from a random sequence seeded with <see cref="Seed"/>.</summary>
    public double? Share { get; }

    public int Seed { get; }

    public int DelayMs { get; }

    /// <summary>How many requests this rule has acted on so far.</summary>
    public int Fired { get; private set; }

    /// <summary>Completes when the rule is removed: a request it is holding back (its delay) goes on at once.</summary>
    internal Task Removed => _removed.Task;

    internal void Remove() => _removed.TrySetResult();

    /// <summary>Decides whether this matching request is one the rule acts on, consuming a count or a random draw.</summary>
    internal bool TryFire()
    {
        if (_toSkip > 0)
        {
            _toSkip--;
            return false;
        }
        bool fires;
        if (Remaining is int left)
        {
            fires = left > 0;
            if (fires) Remaining = left - 1;
        }
        else
        {
            fires = _random is null || _random.NextDouble() < Share;
        }
        if (fires) Fired++;
        return fires;
    }
}
