using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MentorScheduler.GraphSimulator.Infrastructure;

/// <summary>
/// Outermost on every v1.0 endpoint: a fault in the simulator itself answers as Graph does (500,
/// <c>generalException</c>) and is logged with the route, so a client sees a Graph error with the cause in its message
/// rather than the host's problem page, and a failing test can say what broke.
/// </summary>
public sealed partial class UnexpectedFailureFilter(ILogger<UnexpectedFailureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        try
        {
            return await next(context);
        }
        catch (Exception e) when (e is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            Log.Failed(logger, e, http.Request.Method, http.Request.Path.Value ?? "/");
            return GraphErrors.Error(StatusCodes.Status500InternalServerError, "generalException",
                $"The simulator failed on {http.Request.Method} {http.Request.Path.Value}: {e.GetType().Name}: {e.Message}");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Error, Message = "The Graph simulator failed on {Method} {Path}.")]
        public static partial void Failed(ILogger logger, Exception exception, string method, string path);
    }
}
