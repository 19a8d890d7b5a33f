using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Notifications;

/// <summary>
/// Where Graph sends our notifications: in Live mode <c>Graph:NotificationUrl</c> (the public https address of
/// <c>/api/graph/notifications</c>); in Simulated mode this app's own address, where the simulator delivers.
/// Null in Live mode without the key: Outlook's changes then reach the record only by reconciliation.
/// </summary>
public sealed class NotificationEndpoint(GraphMode mode, IOptions<GraphOptions> options, IServer server)
{
    public const string Path = "/api/graph/notifications";

    public string? Url() => mode == GraphMode.Simulated
        ? SimulatedGraphClients.OwnAddress(server) + Path
        : string.IsNullOrWhiteSpace(options.Value.NotificationUrl) ? null : options.Value.NotificationUrl;
}
