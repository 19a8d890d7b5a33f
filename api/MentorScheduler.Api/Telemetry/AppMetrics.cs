using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MentorScheduler.Api.Telemetry;

/// <summary>
/// MentorScheduler's own metrics (meter <see cref="MeterName"/>), named by the OpenTelemetry conventions: Graph
/// requests by route shape, status and actor, throttling and the Retry-After waited, <c>$batch</c> sizes, the
/// sweep's duration and deliveries, notifications received, processed and their lag, subscriptions and renewals,
/// token acquisitions. No label carries an address, an id or any text a person wrote.
/// </summary>
public sealed class AppMetrics
{
    public const string MeterName = "MentorScheduler";

    private readonly Counter<long> _graphRequests;
    private readonly Counter<long> _throttled;
    private readonly Histogram<double> _retryAfter;
    private readonly Histogram<int> _batchSize;
    private readonly Histogram<double> _sweepDuration;
    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _received;
    private readonly Counter<long> _processed;
    private readonly Histogram<double> _lag;
    private readonly Counter<long> _renewalsFailed;
    private readonly Counter<long> _tokens;
    private long _subscriptions = -1;

    public AppMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _graphRequests = meter.CreateCounter<long>("mentorscheduler.graph.requests", "{request}", "Graph requests sent, by route shape, status code and actor (user or app).");
        _throttled = meter.CreateCounter<long>("mentorscheduler.graph.throttled", "{response}", "Graph answers of 429 or 503 (throttled), by route shape.");
        _retryAfter = meter.CreateHistogram<double>("mentorscheduler.graph.retry_after", "s", "The Retry-After Graph asked for when it throttled.");
        _batchSize = meter.CreateHistogram<int>("mentorscheduler.graph.batch.size", "{step}", "Steps in each $batch sent to Graph.",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 5, 10, 15, 20] });
        _sweepDuration = meter.CreateHistogram<double>("mentorscheduler.sweep.duration", "s", "How long each agenda sweep took.");
        _deliveries = meter.CreateCounter<long>("mentorscheduler.sweep.deliveries", "{delivery}", "What the sweeps delivered, by outcome (agenda, reminder, render_failed).");
        _received = meter.CreateCounter<long>("mentorscheduler.notifications.received", "{notification}", "Graph change notifications received, by outcome (queued, ignored, already_queued).");
        _processed = meter.CreateCounter<long>("mentorscheduler.notifications.processed", "{notification}", "Queued notifications processed, by outcome (done, failed, given_up).");
        _lag = meter.CreateHistogram<double>("mentorscheduler.notifications.lag", "s", "From a notification's arrival to the record following it.");
        meter.CreateObservableGauge("mentorscheduler.subscriptions.active", () => Interlocked.Read(ref _subscriptions) is var n and >= 0
            ? [new Measurement<long>(n)] : Array.Empty<Measurement<long>>(), "{subscription}", "Graph subscriptions held, as of the keeper's last pass.");
        _renewalsFailed = meter.CreateCounter<long>("mentorscheduler.subscriptions.renewals_failed", "{operation}", "Subscription creations and renewals Graph refused.");
        _tokens = meter.CreateCounter<long>("mentorscheduler.token.acquisitions", "{token}", "Tokens acquired for Graph, by flow (obo, app) and source (cache, exchange).");
    }

    public void GraphRequest(string route, int status, string actor) =>
        _graphRequests.Add(1, new TagList { { "graph.route", route }, { "http.response.status_code", status }, { "graph.actor", actor } });

    public void Throttled(string route, TimeSpan? retryAfter)
    {
        _throttled.Add(1, new KeyValuePair<string, object?>("graph.route", route));
        if (retryAfter is { } wait) _retryAfter.Record(wait.TotalSeconds, new KeyValuePair<string, object?>("graph.route", route));
    }

    public void BatchSent(int steps) => _batchSize.Record(steps);

    public void SweepFinished(TimeSpan took, int agendas, int reminders, int renderFailures)
    {
        _sweepDuration.Record(took.TotalSeconds);
        if (agendas > 0) _deliveries.Add(agendas, new KeyValuePair<string, object?>("outcome", "agenda"));
        if (reminders > 0) _deliveries.Add(reminders, new KeyValuePair<string, object?>("outcome", "reminder"));
        if (renderFailures > 0) _deliveries.Add(renderFailures, new KeyValuePair<string, object?>("outcome", "render_failed"));
    }

    public void NotificationsReceived(string outcome, int count)
    {
        if (count > 0) _received.Add(count, new KeyValuePair<string, object?>("outcome", outcome));
    }

    public void NotificationProcessed(string outcome, TimeSpan? lag)
    {
        _processed.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        if (lag is { } l) _lag.Record(Math.Max(0, l.TotalSeconds));
    }

    public void SubscriptionsHeld(int count) => Interlocked.Exchange(ref _subscriptions, count);

    public void SubscriptionRefused() => _renewalsFailed.Add(1);

    public void TokenAcquired(string flow, bool fromCache) =>
        _tokens.Add(1, new TagList { { "token.flow", flow }, { "token.source", fromCache ? "cache" : "exchange" } });
}
