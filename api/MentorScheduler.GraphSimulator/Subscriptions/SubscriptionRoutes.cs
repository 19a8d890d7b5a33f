using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorScheduler.GraphSimulator.Calendar;
using MentorScheduler.GraphSimulator.Directory;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Subscriptions;

/// <summary>
/// Graph's <c>/subscriptions</c>: create (after the validation handshake with the notification URL, and the
/// lifecycle URL when given), read, renew by PATCH and delete subscriptions on <c>users/{id}/events</c>, with
/// Graph's limits: change types <c>created</c>, <c>updated</c>, <c>deleted</c>; at most 10,080 minutes ahead; an
/// https notification URL (http is taken only for loopback addresses, where the app under test listens);
/// <c>clientState</c> up to 128 characters.
/// </summary>
internal static partial class SubscriptionRoutes
{
    private static readonly HashSet<string> ChangeTypes = new(StringComparer.Ordinal) { "created", "updated", "deleted" };

    public static void MapSubscriptions(this IEndpointRouteBuilder graph)
    {
        var subscriptions = graph.MapGroup("/subscriptions").AddEndpointFilter(CalendarRequests.TranslateFailures);
        subscriptions.MapPost("", CreateAsync);
        subscriptions.MapGet("", (HttpRequest request, SubscriptionStore store) => Results.Json(new JsonObject
        {
            ["@odata.context"] = $"{ServiceRoot.Of(request)}/$metadata#subscriptions",
            ["value"] = new JsonArray([.. store.List().Select(s => (JsonNode)s.ToJson(ServiceRoot.Of(request)))]),
        }));
        subscriptions.MapGet("/{id}", (string id, HttpRequest request, SubscriptionStore store) =>
            Results.Json(Existing(store, id).ToJson(ServiceRoot.Of(request))));
        subscriptions.MapPatch("/{id}", RenewAsync);
        subscriptions.MapDelete("/{id}", (string id, SubscriptionStore store) =>
        {
            Existing(store, id);
            store.Remove(id);
            return Results.NoContent();
        });
    }

    private static async Task<IResult> CreateAsync(HttpContext context, SubscriptionStore store, SimulatedDirectory directory,
        IHttpClientFactory http, TimeProvider clock, CancellationToken ct)
    {
        var body = await CalendarRequests.BodyAsync(context.Request, ct);
        var changeType = Text(body, "changeType") ?? throw Invalid("changeType is required: created, updated and/or deleted, comma-separated.");
        var types = changeType.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (types.Count == 0 || !types.IsSubsetOf(ChangeTypes))
            throw Invalid($"'{changeType}' is not a valid change type: use created, updated and/or deleted.");
        var resource = Text(body, "resource") ?? throw Invalid("resource is required, e.g. users/{id}/events.");
        var match = EventsResource().Match(resource);
        if (!match.Success)
            throw Invalid($"The simulator subscribes only to a user's events (users/{{id}}/events); '{resource}' is not supported.");
        var owner = directory.Find(match.Groups["key"].Value)
            ?? throw new GraphRequestException(StatusCodes.Status404NotFound, "ResourceNotFound", $"The user in '{resource}' does not exist.");
        var notificationUrl = Url(Text(body, "notificationUrl"), "notificationUrl") ?? throw Invalid("notificationUrl is required.");
        var lifecycleUrl = Url(Text(body, "lifecycleNotificationUrl"), "lifecycleNotificationUrl");
        var clientState = Text(body, "clientState");
        if (clientState is { Length: > 128 }) throw Invalid("clientState can be at most 128 characters.");
        var expiration = Expiration(body, clock);

        var client = http.CreateClient(NotificationDispatcher.HttpClientName);
        foreach (var url in new[] { notificationUrl, lifecycleUrl }.OfType<string>())
        {
            if (!await HandshakeAsync(client, url, ct))
                throw new GraphRequestException(StatusCodes.Status400BadRequest, "ValidationError",
                    $"Subscription validation request failed. Notification endpoint must respond with 200 OK to validation request: {url}");
        }

        var subscription = new SimulatedSubscription
        {
            Id = Guid.NewGuid().ToString(),
            Resource = resource,
            MailboxId = owner.Id,
            ChangeTypes = types,
            ChangeType = changeType,
            NotificationUrl = notificationUrl,
            LifecycleNotificationUrl = lifecycleUrl,
            ClientState = clientState,
            ExpirationDateTime = expiration,
        };
        store.Add(subscription);
        return Results.Json(subscription.ToJson(ServiceRoot.Of(context.Request)), statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> RenewAsync(string id, HttpContext context, SubscriptionStore store, TimeProvider clock, CancellationToken ct)
    {
        var subscription = Existing(store, id);
        var body = await CalendarRequests.BodyAsync(context.Request, ct);
        subscription.ExpirationDateTime = Expiration(body, clock);
        return Results.Json(subscription.ToJson(ServiceRoot.Of(context.Request)));
    }

    /// <summary>Graph's handshake: POST <c>?validationToken=…</c>; the endpoint answers 200 with the token as text within 10 seconds.</summary>
    private static async Task<bool> HandshakeAsync(HttpClient client, string url, CancellationToken ct)
    {
        var token = $"Validation: Testing client application reachability for subscription Request-Id: {Guid.NewGuid()}";
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{url}{separator}validationToken={Uri.EscapeDataString(token)}")
            {
                Content = new StringContent(string.Empty, System.Text.Encoding.UTF8, "text/plain"),
            };
            using var response = await client.SendAsync(request, timeout.Token);
            return response.StatusCode == HttpStatusCode.OK && await response.Content.ReadAsStringAsync(timeout.Token) == token;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static DateTimeOffset Expiration(JsonObject body, TimeProvider clock)
    {
        var text = Text(body, "expirationDateTime") ?? throw Invalid("expirationDateTime is required.");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var expiration))
            throw Invalid($"expirationDateTime '{text}' is not a date and time.");
        var now = clock.GetUtcNow();
        if (expiration <= now) throw Invalid("Subscription expiration must be in the future.");
        if (expiration > now + SubscriptionStore.MaxLifetime)
            throw Invalid($"Subscription expiration can only be {SubscriptionStore.MaxLifetime.TotalMinutes:0} minutes in the future.");
        return expiration.ToUniversalTime();
    }

    private static string? Url(string? text, string name)
    {
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || !(url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback)))
            throw Invalid($"{name} must be an absolute https URL; '{text}' is not.");
        return text;
    }

    private static SimulatedSubscription Existing(SubscriptionStore store, string id) =>
        store.Find(id) ?? throw new GraphRequestException(StatusCodes.Status404NotFound, "ResourceNotFound", $"The object was not found: subscription '{id}'.");

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static GraphRequestException Invalid(string message) => new(StatusCodes.Status400BadRequest, "InvalidRequest", message);

    [GeneratedRegex(@"^/?users/(?<key>[^/]+)/events$", RegexOptions.IgnoreCase)]
    private static partial Regex EventsResource();
}
