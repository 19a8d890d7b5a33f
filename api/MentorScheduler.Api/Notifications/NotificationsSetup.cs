using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Infrastructure;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Following Outlook by change notifications (API.md "Change notifications"): the endpoint Graph posts to,
/// the queue and its worker, the subscriptions and the reconciliation.
/// </summary>
public static class NotificationsSetup
{
    /// <summary>Larger bodies are refused before they are read (Graph's own posts are far smaller).</summary>
    public const long MaxBodyBytes = 1_000_000;

    public static IServiceCollection AddNotifications(this IServiceCollection services, GraphMode mode)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Graph.GraphOptions>()
            .Validate(o => string.IsNullOrWhiteSpace(o.NotificationUrl) || IsNotificationUrl(o.NotificationUrl),
                $"Graph:NotificationUrl must be the absolute https address of this app's {NotificationEndpoint.Path} (http only on a loopback address).")
            .ValidateOnStart();
        services.AddSingleton(sp => new NotificationEndpoint(mode, sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Graph.GraphOptions>>(),
            sp.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()));
        services.AddSingleton<NotificationSignal>();
        services.AddSingleton<NotificationHealth>();
        services.AddSingleton<SubscriptionRetries>();
        services.AddScoped<NotificationInbox>();
        services.AddScoped<NotificationBacklog>();
        services.AddScoped<NotificationProcessor>();
        services.AddScoped<SubscriptionKeeper>();
        services.AddScoped<Reconciliation>();
        services.AddScoped<IRecordRefresh, RecordRefresh>();
        services.AddHostedService<NotificationWorker>();
        services.AddHostedService<NotificationHost>();
        return services;
    }

    private static bool IsNotificationUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
        && url.AbsolutePath.EndsWith(NotificationEndpoint.Path, StringComparison.Ordinal);

    public static void MapNotifications(this IEndpointRouteBuilder app) =>
        app.MapPost(NotificationEndpoint.Path, ReceiveAsync).AllowAnonymous().WithTags("Change notifications").WithName("GraphNotifications");

    /// <summary>
    /// Graph's validation handshake (the token back as text/plain), or a POST of notifications: queued, then 202
    /// at once. A malformed body is a 400 problem; a notification we cannot vouch for is ignored.
    /// </summary>
    private static async Task<IResult> ReceiveAsync(HttpRequest request, NotificationInbox inbox, CancellationToken ct)
    {
        if (request.Query.TryGetValue("validationToken", out var token))
        {
            var text = token.ToString();
            return text.Length is > 0 and <= 1024
                ? Results.Text(text, "text/plain", System.Text.Encoding.UTF8, StatusCodes.Status200OK)
                : Problems.Create(StatusCodes.Status400BadRequest, "Bad validation token", "validationToken must be 1 to 1024 characters.", "badValidationToken");
        }
        if (request.ContentLength > MaxBodyBytes) return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Too large", $"A notification post is at most {MaxBodyBytes} bytes.", "tooLarge");
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            await inbox.AcceptAsync(body.RootElement, ct);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            return Problems.Create(StatusCodes.Status400BadRequest, "Not a notification", $"Not a Graph notification post: {e.Message}", "badNotification");
        }
        return Results.Accepted();
    }
}
