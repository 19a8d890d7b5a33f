using MentorScheduler.Api.Telemetry;
using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// The HttpClient under every GraphServiceClient: GraphClientFactory's default pipeline, whose retry
/// handler re-sends on 429, 503 and 504 honouring Retry-After, with its tuning taken from configuration;
/// innermost, <see cref="GraphMetricsHandler"/> counts each request as it goes out.
/// </summary>
public static class GraphHttp
{
    public static HttpClient Create(GraphOptions options, AppMetrics metrics, GraphReachability reachability, GraphActor actor, TimeProvider clock)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var at = handlers.ToList().FindIndex(h => h is RetryHandler);
        var retry = new RetryHandler(new RetryHandlerOption { Delay = options.RetryDelaySeconds, MaxRetry = options.MaxRetries });
        if (at >= 0) handlers[at] = retry;
        else handlers.Insert(0, retry);
        handlers.Add(new GraphMetricsHandler(metrics, reachability, actor, clock));
        return GraphClientFactory.Create(handlers);
    }
}
