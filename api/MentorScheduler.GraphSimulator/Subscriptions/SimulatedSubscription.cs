using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Subscriptions;

/// <summary>A change-notification subscription on one mailbox's events, as Graph holds it.</summary>
internal sealed class SimulatedSubscription
{
    public required string Id { get; init; }
    public required string Resource { get; init; }
    public required string MailboxId { get; init; }
    public required IReadOnlySet<string> ChangeTypes { get; init; }
    public required string ChangeType { get; init; }
    public required string NotificationUrl { get; init; }
    public string? LifecycleNotificationUrl { get; init; }
    public string? ClientState { get; init; }
    public DateTimeOffset ExpirationDateTime { get; set; }

    public JsonObject ToJson(string serviceRoot) => new()
    {
        ["@odata.context"] = $"{serviceRoot}/$metadata#subscriptions/$entity",
        ["id"] = Id,
        ["resource"] = Resource,
        ["applicationId"] = "00000000-0000-0000-0000-000000000000",
        ["changeType"] = ChangeType,
        ["clientState"] = ClientState,
        ["notificationUrl"] = NotificationUrl,
        ["lifecycleNotificationUrl"] = LifecycleNotificationUrl,
        ["expirationDateTime"] = ExpirationDateTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture),
        ["creatorId"] = "00000000-0000-0000-0000-000000000000",
        ["latestSupportedTlsVersion"] = "v1_2",
        ["notificationQueryOptions"] = null,
        ["includeResourceData"] = false,
    };
}
