namespace MentorScheduler.Api.Telemetry;

/// <summary>
/// Whether Graph answers, judged passively from the app's own calls (no probe costs a request): the last answer,
/// the last failure (5xx other than throttling, or no answer at all) and the last throttled answer.
/// </summary>
public sealed class GraphReachability
{
    private long _answeredMs = long.MinValue;
    private long _failedMs = long.MinValue;
    private long _throttledMs = long.MinValue;

    public DateTimeOffset? LastAnswered => At(ref _answeredMs);

    public DateTimeOffset? LastFailed => At(ref _failedMs);

    public DateTimeOffset? LastThrottled => At(ref _throttledMs);

    public void Answered(DateTimeOffset at) => Interlocked.Exchange(ref _answeredMs, at.ToUnixTimeMilliseconds());

    public void Failed(DateTimeOffset at) => Interlocked.Exchange(ref _failedMs, at.ToUnixTimeMilliseconds());

    public void Throttled(DateTimeOffset at) => Interlocked.Exchange(ref _throttledMs, at.ToUnixTimeMilliseconds());

    private static DateTimeOffset? At(ref long ms) => Interlocked.Read(ref ms) is var v && v != long.MinValue ? DateTimeOffset.FromUnixTimeMilliseconds(v) : null;
}
