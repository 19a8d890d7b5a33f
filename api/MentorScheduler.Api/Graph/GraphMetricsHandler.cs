using MentorScheduler.Api.Telemetry;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// Innermost in the Graph SDK's pipeline (each retry is its own request): counts every request by route shape,
/// status and actor, throttled answers with their Retry-After, and tells <see cref="GraphReachability"/> whether
/// Graph answered.
/// </summary>
public sealed class GraphMetricsHandler(AppMetrics metrics, GraphReachability reachability, GraphActor actor, TimeProvider clock) : DelegatingHandler
{
    private readonly string _actor = actor == GraphActor.App ? "app" : "user";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = request.RequestUri is { } uri ? GraphRouteShape.Of(uri) : "/";
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException)
        {
            reachability.Failed(clock.GetUtcNow());
            metrics.GraphRequest(route, 0, _actor);
            throw;
        }
        var status = (int)response.StatusCode;
        metrics.GraphRequest(route, status, _actor);
        if (status is 429 or 503)
        {
            metrics.Throttled(route, response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - clock.GetUtcNow() : null));
            reachability.Throttled(clock.GetUtcNow());
        }
        else if (status >= 500)
            reachability.Failed(clock.GetUtcNow());
        else
            reachability.Answered(clock.GetUtcNow());
        return response;
    }
}
