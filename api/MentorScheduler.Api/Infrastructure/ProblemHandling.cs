using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace MentorScheduler.Api.Infrastructure;

/// <summary>
/// Every error is RFC 9457 problem JSON: unreadable bodies become 400 naming the field, oversized ones 413,
/// and anything unexpected a plain 500 with no exception text or stack trace.
/// </summary>
public static class ProblemHandling
{
    public static IServiceCollection AddProblemHandling(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Detail ??= context.ProblemDetails.Status switch
            {
                401 => "Sign in first: send an access token as 'Authorization: Bearer <token>'. A missing, expired or foreign token is refused.",
                403 => "Your token does not allow this. Sign in through MentorScheduler (scope access_as_user); program-admin actions need the MentorScheduler.Admin role.",
                404 => "Nothing is at this address. The API's routes are listed in /openapi/v1.json.",
                405 => "This address does not accept that method. The API's routes are listed in /openapi/v1.json.",
                413 => "The request body is larger than the API accepts (1 MB). Shorten the text and send it again.",
                _ => null,
            };
        });
        // Binding failures throw so that the handler below can say which field was unreadable.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }

    /// <summary>Registered last: the catch-all after feature-specific handlers.</summary>
    public static IServiceCollection AddFallbackProblemHandler(this IServiceCollection services) =>
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
}

/// <summary>A body that could not be read: malformed JSON, a wrong type, or too large.</summary>
internal sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;

        var problem = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? new ProblemDetails
            {
                Status = 413,
                Title = "Request too large",
                Detail = "The request body is larger than the API accepts (1 MB). Shorten the text and send it again.",
            }
            : BodyProblem(bad);
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails BodyProblem(BadHttpRequestException bad)
    {
        if (bad.InnerException is ControlCharacterException control)
        {
            var field = FieldOf(control.Path);
            var message = $"'{(field.Length == 0 ? "body" : field)}' contains the control character U+{(int)control.Found:X4}. " +
                "Remove it: text may hold tabs and line breaks, but no other control characters.";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] })
            {
                Status = 400,
                Title = "The text holds a control character",
                Detail = message,
            };
        }
        if (bad.InnerException is JsonException json)
        {
            var field = FieldOf(json.Path);
            var message = field.Length == 0
                ? "The request body is not valid JSON. Send a JSON object as the API documents it."
                : $"The value of '{field}' could not be read; check its type and format (dates are yyyy-MM-dd, numbers are plain numbers).";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] })
            {
                Status = 400,
                Title = "The request body could not be read",
                Detail = message,
            };
        }
        if (!bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase) && ParameterOf(bad.Message) is { } parameter)
        {
            var message = $"The value of '{parameter}' could not be read; send it as the API documents it (a number for counts, yyyy-MM-dd for dates).";
            return new HttpValidationProblemDetails(new Dictionary<string, string[]> { [parameter] = [message] })
            {
                Status = 400,
                Title = "A parameter could not be read",
                Detail = message,
            };
        }
        return new ProblemDetails
        {
            Status = bad.StatusCode,
            Title = "Bad request",
            Detail = bad.StatusCode == 400 && bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
                ? "A JSON body is required; send it with Content-Type: application/json."
                : "The request could not be read. Check the URL, the query parameters and the body.",
        };
    }

    /// <summary>
    /// The parameter a route, query or header value could not be bound to, from ASP.NET Core's message
    /// (<c>Failed to bind parameter "int? count" from "abc".</c>, <c>Required parameter "…" was not provided …</c>).
    /// </summary>
    private static string? ParameterOf(string message)
    {
        var match = BoundParameter().Match(message);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"parameter ""[^""]*? (?<name>\w+)""")]
    private static partial System.Text.RegularExpressions.Regex BoundParameter();

    /// <summary><c>$.cadence.durationMinutes</c> → <c>cadence.durationMinutes</c>.</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? string.Empty : path.TrimStart('$').TrimStart('.');
}

/// <summary>Whatever else went wrong: logged in full here, told to the caller without internals.</summary>
internal sealed class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = 500,
                Title = "Something went wrong on our side",
                Detail = "The request could not be completed and nothing was saved. Try again; if it keeps happening, tell your IT team the trace id.",
            },
        });
    }
}
