using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using MentorScheduler.GraphSimulator.Calendar;
using MentorScheduler.GraphSimulator.Directory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MentorScheduler.GraphSimulator.Subscriptions;

/// <summary>
/// Sends Graph's change notifications by real HTTP POSTs: for each change to a mailbox's calendar, one per
/// subscription on it that asked for that change type (those waiting for the same URL go in one POST, up to
/// <see cref="MaxPerPost"/>), in Graph's JSON (<c>subscriptionId</c>, <c>changeType</c>,
/// <c>resource</c>, <c>resourceData</c>, <c>clientState</c>, <c>tenantId</c>; no event content), and the lifecycle
/// notifications the admin surface asks for. A delivery that is not answered 2xx is retried twice, then counted failed.
/// </summary>
public sealed class NotificationDispatcher : BackgroundService
{
    public const string HttpClientName = "graph-sim-notifications";

    private readonly Channel<Outgoing> _queue = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private readonly SubscriptionStore _store;
    private readonly NotificationFaults _faults;
    private readonly IHttpClientFactory _http;
    private readonly SimulatedDirectory _directory;
    private readonly TimeProvider _clock;
    private readonly ILogger<NotificationDispatcher> _logger;
    private int _pending, _delivered, _dropped, _failed;

    internal NotificationDispatcher(CalendarChangeFeed feed, SubscriptionStore store, NotificationFaults faults, IHttpClientFactory http,
        SimulatedDirectory directory, TimeProvider clock, ILogger<NotificationDispatcher> logger)
    {
        (_store, _faults, _http, _directory, _clock, _logger) = (store, faults, http, directory, clock, logger);
        feed.Subscribe(OnChanges);
    }

    public NotificationStats Stats => new(Volatile.Read(ref _pending), Volatile.Read(ref _delivered), Volatile.Read(ref _dropped),
        Volatile.Read(ref _failed), _store.List().Count);

    /// <summary>Sends a lifecycle notification (<c>missed</c>, <c>reauthorizationRequired</c>, <c>subscriptionRemoved</c>).</summary>
    internal void SendLifecycle(SimulatedSubscription subscription, string lifecycleEvent) =>
        Enqueue(new Outgoing(subscription.LifecycleNotificationUrl ?? subscription.NotificationUrl, new JsonObject
        {
            ["lifecycleEvent"] = lifecycleEvent,
            ["subscriptionId"] = subscription.Id,
            ["subscriptionExpirationDateTime"] = Utc(subscription.ExpirationDateTime),
            ["clientState"] = subscription.ClientState,
            ["tenantId"] = _directory.Tenant.TenantId,
            ["resource"] = subscription.Resource,
        }));

    private void OnChanges(IReadOnlyList<CalendarChange> changes)
    {
        foreach (var change in changes)
        {
            foreach (var subscription in _store.On(change.MailboxId, change.ChangeType))
            {
                var resource = $"Users/{change.MailboxId}/Events/{change.EventId}";
                Enqueue(new Outgoing(subscription.NotificationUrl, new JsonObject
                {
                    ["subscriptionId"] = subscription.Id,
                    ["subscriptionExpirationDateTime"] = Utc(subscription.ExpirationDateTime),
                    ["changeType"] = change.ChangeType,
                    ["resource"] = resource,
                    ["resourceData"] = new JsonObject
                    {
                        ["@odata.type"] = "#Microsoft.Graph.Event",
                        ["@odata.id"] = resource,
                        ["@odata.etag"] = $"W/\"{Guid.NewGuid():N}\"",
                        ["id"] = change.EventId,
                    },
                    ["clientState"] = subscription.ClientState,
                    ["tenantId"] = _directory.Tenant.TenantId,
                }));
            }
        }
    }

    private void Enqueue(Outgoing outgoing)
    {
        Interlocked.Increment(ref _pending);
        if (!_queue.Writer.TryWrite(outgoing)) Interlocked.Decrement(ref _pending);
    }

    /// <summary>
    /// The most notifications one POST carries. Graph may put several in one request's <c>value</c>; the simulator
    /// gathers what is waiting for the same URL when it sends, as a busy tenant's notifications arrive.
    /// </summary>
    public const int MaxPerPost = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                var ready = new List<Outgoing>();
                while (ready.Count < MaxPerPost && _queue.Reader.TryRead(out var outgoing))
                {
                    switch (_faults.Next())
                    {
                        case ("drop", _):
                            Interlocked.Increment(ref _dropped);
                            Interlocked.Decrement(ref _pending);
                            break;
                        case ("duplicate", _):
                            // Sent on its own and then again, as a redelivery is.
                            Interlocked.Increment(ref _pending);
                            await DeliverAsync(outgoing.Url, [outgoing], stoppingToken);
                            await DeliverAsync(outgoing.Url, [outgoing], stoppingToken);
                            break;
                        case ("delay", var ms):
                            // Late, on the simulator's clock, while the ones behind it go ahead.
                            _ = Task.Run(async () =>
                            {
                                await Task.Delay(TimeSpan.FromMilliseconds(ms), _clock, stoppingToken);
                                await DeliverAsync(outgoing.Url, [outgoing], stoppingToken);
                            }, stoppingToken);
                            break;
                        default:
                            ready.Add(outgoing);
                            break;
                    }
                }
                foreach (var post in ready.GroupBy(o => o.Url, StringComparer.Ordinal))
                    await DeliverAsync(post.Key, [.. post], stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>One POST of <paramref name="notifications"/> (all for <paramref name="url"/>) in one <c>value</c> array.</summary>
    private async Task DeliverAsync(string url, IReadOnlyList<Outgoing> notifications, CancellationToken ct)
    {
        try
        {
            var client = _http.CreateClient(HttpClientName);
            var body = new JsonObject { ["value"] = new JsonArray([.. notifications.Select(n => n.Notification.DeepClone())]) };
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                try
                {
                    using var response = await client.PostAsJsonAsync(url, body, ct);
                    if (response.IsSuccessStatusCode)
                    {
                        Interlocked.Add(ref _delivered, notifications.Count);
                        return;
                    }
                    _logger.LogWarning("A POST of {Count} change notifications was answered {Status} (attempt {Attempt}).", notifications.Count, (int)response.StatusCode, attempt);
                }
                catch (HttpRequestException e)
                {
                    _logger.LogWarning("A POST of {Count} change notifications could not be sent (attempt {Attempt}): {Reason}", notifications.Count, attempt, e.Message);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }
            Interlocked.Add(ref _failed, notifications.Count);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            Interlocked.Add(ref _pending, -notifications.Count);
        }
    }

    private static string Utc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private sealed record Outgoing(string Url, JsonObject Notification);
}
