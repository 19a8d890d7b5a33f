using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// Turns Graph failures that escape a handler into problems a person can act on: throttling and outages
/// become 503 with Retry-After, a missing user or mailbox 422, refused access 502. Never the SDK's text.
/// </summary>
public sealed class GraphExceptionHandler(IProblemDetailsService problems, ILogger<GraphExceptionHandler> logger) : IExceptionHandler
{
    private const int DefaultRetryAfterSeconds = 10;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = Translate(exception, out var retryAfter);
        if (problem is null) return false;

        logger.LogWarning("Graph call failed: {Status} {Code}", problem.Extensions["graphStatus"], problem.Extensions["graphCode"]);
        httpContext.Response.StatusCode = problem.Status!.Value;
        if (retryAfter is not null)
            httpContext.Response.Headers.RetryAfter = retryAfter.Value.ToString(CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The problem for a Graph failure, or null when the exception did not come from Graph.</summary>
    public static ProblemDetails? Translate(Exception exception, out int? retryAfterSeconds)
    {
        retryAfterSeconds = null;
        if (Unwrap<FreeBusyUnavailableException>(exception) is { } freeBusy)
            return new ProblemDetails
            {
                Status = 422,
                Title = "A calendar cannot be read",
                Detail = $"Microsoft 365 could not give the free/busy times of {freeBusy.Address}: the mailbox may not exist any more, may not be in Exchange Online, " +
                         "or may not share its calendar. Check the address; if it is right, ask your IT team whether the mailbox shares free/busy.",
                Extensions = { ["code"] = "freeBusyUnavailable", ["graphStatus"] = 200, ["graphCode"] = null },
            };
        var api = Unwrap<ApiException>(exception);
        if (api is null)
        {
            if (Unwrap<HttpRequestException>(exception) is null && Unwrap<TaskCanceledException>(exception) is null) return null;
            retryAfterSeconds = DefaultRetryAfterSeconds;
            return Problem(503, "Microsoft 365 did not answer", "Microsoft 365 could not be reached just now. Nothing was changed; try again in a few seconds.", "network", null);
        }

        var status = api.ResponseStatusCode;
        var code = (api as ODataError)?.Error?.Code;
        switch (status)
        {
            case 429 or 503 or 504:
                retryAfterSeconds = RetryAfter(api) ?? DefaultRetryAfterSeconds;
                return Problem(503, "Microsoft 365 is busy",
                    $"Microsoft 365 asked us to slow down. Nothing was left half-done; try again in {retryAfterSeconds} seconds.", status, code);
            case 404:
                return Problem(422, "Not found in Microsoft 365",
                    "A user or mailbox this request needs was not found in your organisation's Microsoft 365. Check the names and that the mailbox exists.", status, code);
            case 401 or 403:
                return Problem(502, "MentorScheduler has no access",
                    "Microsoft 365 refused MentorScheduler access to that mailbox. Ask your IT team to grant admin consent and to include the mailbox in the app's access policy.", status, code);
            default:
                return Problem(502, "Microsoft 365 refused the request",
                    "Microsoft 365 could not complete this request. Nothing was changed; if it happens again, tell your IT team.", status, code);
        }
    }

    private static ProblemDetails Problem(int status, string title, string detail, object graphStatus, string? graphCode) => new()
    {
        Status = status,
        Title = title,
        Detail = detail,
        Extensions = { ["graphStatus"] = graphStatus, ["graphCode"] = graphCode },
    };

    private static int? RetryAfter(ApiException api)
    {
        if (api.ResponseHeaders.TryGetValue("Retry-After", out var values))
        {
            foreach (var value in values)
                if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    return Math.Max(1, seconds);
        }
        return null;
    }

    private static T? Unwrap<T>(Exception? exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e is AggregateException { InnerExceptions.Count: > 0 } agg ? agg.InnerExceptions[0] : e.InnerException)
            if (e is T match) return match;
        return null;
    }
}
