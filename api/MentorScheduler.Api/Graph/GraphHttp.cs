using Microsoft.Graph;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// The HttpClient under every GraphServiceClient: GraphClientFactory's default pipeline, whose retry
/// handler re-sends on 429, 503 and 504 honouring Retry-After, with its tuning taken from configuration.
/// </summary>
public static class GraphHttp
{
    public static HttpClient Create(GraphOptions options)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var at = handlers.ToList().FindIndex(h => h is RetryHandler);
        var retry = new RetryHandler(new RetryHandlerOption { Delay = options.RetryDelaySeconds, MaxRetry = options.MaxRetries });
        if (at >= 0) handlers[at] = retry;
        else handlers.Insert(0, retry);
        return GraphClientFactory.Create(handlers);
    }
}
