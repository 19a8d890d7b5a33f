namespace MentorScheduler.Api.Telemetry;

/// <summary>
/// What the background work did last, for /health/ready and the preview's clock panel: the last sweep's start,
/// end and summary, and the lag of the last notification the record followed. Process-local.
/// </summary>
public sealed class BackgroundStatus
{
    private readonly Lock _gate = new();
    private SweepRun? _sweep;
    private DateTimeOffset? _sweepStarted;
    private NotificationRun? _notification;

    private DateTimeOffset? _startedAt;

    /// <summary>When the app started (the sweep check counts from here until a sweep finishes).</summary>
    public DateTimeOffset? StartedAt { get { lock (_gate) return _startedAt; } }

    public DateTimeOffset? SweepStarted { get { lock (_gate) return _sweepStarted; } }

    public void Started(DateTimeOffset at)
    {
        lock (_gate) _startedAt ??= at;
    }

    public SweepRun? LastSweep { get { lock (_gate) return _sweep; } }

    public NotificationRun? LastNotification { get { lock (_gate) return _notification; } }

    public void SweepBegan(DateTimeOffset at)
    {
        lock (_gate) _sweepStarted = at;
    }

    public void SweepEnded(SweepRun run)
    {
        lock (_gate) _sweep = run;
    }

    public void NotificationFollowed(DateTimeOffset at, TimeSpan lag)
    {
        lock (_gate) _notification = new NotificationRun(at, lag);
    }
}
