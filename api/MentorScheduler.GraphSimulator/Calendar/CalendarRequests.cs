using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Directory;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>What every calendar handler needs from a request: the mailbox, the JSON body and the time window.</summary>
internal static class CalendarRequests
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };
    private static readonly Duration LongestWindow = Duration.FromDays(1825);

    public static SeedUser Mailbox(SimulatedDirectory directory, string key) =>
        directory.Find(key) ?? throw new GraphRequestException(StatusCodes.Status404NotFound, "ErrorInvalidUser",
            $"The requested user '{key}' is invalid.");

    /// <summary>The body as a JSON object whose property names match in any case (the SDK sends action parameters in PascalCase).</summary>
    public static async Task<JsonObject> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var node = await RequestJson.ParseAsync(request.Body, CaseInsensitive, cancellationToken);
            return node as JsonObject ?? new JsonObject(CaseInsensitive);
        }
        catch (JsonException)
        {
            throw GraphRequestException.BadRequestBody("The request body is not valid JSON.");
        }
    }

    /// <summary>The <c>startDateTime</c>/<c>endDateTime</c> window that calendarView and instances require.</summary>
    public static (Instant From, Instant To) Window(HttpRequest request)
    {
        var start = request.Query["startDateTime"].ToString();
        var end = request.Query["endDateTime"].ToString();
        if (string.IsNullOrWhiteSpace(start) || string.IsNullOrWhiteSpace(end))
            throw GraphRequestException.InvalidParameter("This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
        var from = GraphTimeZones.ParseQueryInstant(start, "startDateTime");
        var to = GraphTimeZones.ParseQueryInstant(end, "endDateTime");
        if (to - from > LongestWindow)
            throw GraphRequestException.InvalidRequest("The time window is too large: it may span at most 1825 days.");
        return (from, to);
    }

    public static string Context(string key, string path) => $"users('{Uri.EscapeDataString(key)}')/{path}";

    public static IResult Json(JsonObject json, HttpContext context, ResponseZone zone, int status = StatusCodes.Status200OK)
    {
        zone.Acknowledge(context.Response);
        return Results.Json(json, statusCode: status);
    }

    public static async ValueTask<object?> TranslateFailures(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (GraphRequestException failure)
        {
            return GraphErrors.Error(failure.Status, failure.Code, failure.Message);
        }
    }
}
