using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace MentorScheduler.GraphSimulator.Infrastructure;

/// <summary>Graph's error body, <c>{"error":{"code","message","innerError"}}</c>, as the service writes it.</summary>
public static class GraphErrors
{
    public static IResult Error(int status, string code, string message) => new ErrorResult(status, code, message);

    /// <summary>The error body; <paramref name="now"/> stamps innerError.date (the simulator's clock).</summary>
    public static JsonObject Body(string code, string message, DateTimeOffset? now = null) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = (now ?? DateTimeOffset.UnixEpoch).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                ["request-id"] = Guid.NewGuid().ToString(),
                ["client-request-id"] = Guid.NewGuid().ToString(),
            },
        },
    };

    public static IResult UserNotFound(string key) => Error(
        StatusCodes.Status404NotFound,
        "Request_ResourceNotFound",
        $"Resource '{key}' does not exist or one of its queried reference-property objects are not present.");

    public static IResult BadRequest(string message) =>
        Error(StatusCodes.Status400BadRequest, "BadRequest", message);

    public static IResult InvalidRequest(string message) =>
        Error(StatusCodes.Status400BadRequest, "ErrorInvalidRequest", message);

    /// <summary>Writes the error with the date read from the host's <see cref="TimeProvider"/>.</summary>
    private sealed class ErrorResult(int status, string code, string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var clock = httpContext.RequestServices.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System;
            return Results.Json(Body(code, message, clock.GetUtcNow()), statusCode: status).ExecuteAsync(httpContext);
        }
    }
}
