using System.Globalization;
using MentorScheduler.GraphSimulator.Batching;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>
/// Runs before every v1.0 endpoint: counts the request, waits the global latency and any fault delay, then
/// answers a faulted Graph error (with <c>Retry-After</c> on 429 and 503) or lets the handler run; a fault
/// timed <c>after</c> lets the handler do its work and then answers the fault, drops the connection, or (with no
/// status) answers late.
/// </summary>
public sealed class GraphTrafficFilter(FaultRules rules, SimulatedLatency latency, TrafficCounters counters, TimeProvider clock) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var method = http.Request.Method.ToUpperInvariant();
        var endpoint = http.GetEndpoint();
        var template = RelativeToVersion((endpoint as RouteEndpoint)?.RoutePattern.RawText ?? string.Empty);
        var isEnvelope = endpoint?.Metadata.GetMetadata<BatchEnvelopeEndpoint>() is not null;
        var isBatchStep = http.Request.Headers.ContainsKey(BatchStepHeader.Name);

        counters.Record($"{method} {template}", fromClient: !isBatchStep, isOperation: !isEnvelope);

        var decision = rules.Evaluate(method, RelativeToVersion((http.Request.PathBase + http.Request.Path).Value ?? "/"), template, isEnvelope);
        var delay = decision.Delay + (isEnvelope ? TimeSpan.Zero : TimeSpan.FromMilliseconds(latency.DelayMs));
        if (delay > TimeSpan.Zero) await WaitAsync(delay, decision, http);

        if (decision.Fault is not { } fault)
        {
            var answer = await next(context);
            if (decision.DelayAfter > TimeSpan.Zero) await WaitAsync(decision.DelayAfter, decision, http);
            return answer;
        }
        if (fault.Timing == FaultTiming.Before) return FaultedAnswer(http.Response, fault.Status!.Value, fault.RetryAfterSeconds);

        // The work is done (the handler ran and changed the store); only the answer is lost.
        var done = await next(context);
        if (fault.Timing == FaultTiming.Drop)
        {
            http.Abort();
            return Results.Empty;
        }
        _ = done;
        return FaultedAnswer(http.Response, fault.Status!.Value, fault.RetryAfterSeconds);
    }

    /// <summary>Waits on the simulator's clock; removing a delaying rule lets the requests it holds go on at once.</summary>
    private async Task WaitAsync(TimeSpan delay, FaultDecision decision, HttpContext http)
    {
        var waited = Task.Delay(delay, clock, http.RequestAborted);
        await Task.WhenAny([waited, .. decision.Released]);
        http.RequestAborted.ThrowIfCancellationRequested();
    }

    private static IResult FaultedAnswer(HttpResponse response, int status, int? retryAfterSeconds)
    {
        if (retryAfterSeconds is int seconds)
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            StatusCodes.Status429TooManyRequests => GraphErrors.Error(status, "TooManyRequests", "Application is over its MailboxConcurrency limit."),
            StatusCodes.Status503ServiceUnavailable => GraphErrors.Error(status, "ServiceUnavailable", "The service is temporarily unavailable. Please retry later."),
            StatusCodes.Status403Forbidden => GraphErrors.Error(status, "ErrorAccessDenied", "Access is denied. Check credentials and try again."),
            _ => GraphErrors.Error(status, "GatewayTimeout", "The gateway did not receive a response from the service in time."),
        };
    }

    /// <summary>The part of a path or route template after the version segment, e.g. <c>/users/{key}</c>.</summary>
    private static string RelativeToVersion(string path)
    {
        var at = path.IndexOf(ServiceRoot.Version + "/", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? path : path[(at + ServiceRoot.Version.Length)..];
    }
}
