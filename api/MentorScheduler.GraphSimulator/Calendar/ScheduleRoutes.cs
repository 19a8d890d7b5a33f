using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Directory;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// <c>POST /users/{key}/calendar/getSchedule</c>: free/busy for up to 20 mailboxes over a window under 62 days,
/// with parameter names in any case (the SDK sends them in PascalCase).
/// </summary>
internal static class ScheduleRoutes
{
    private const int MaxSchedules = 20;
    private static readonly Duration MaxWindow = Duration.FromDays(62);

    public static void MapSchedule(this IEndpointRouteBuilder user)
    {
        user.MapPost("/calendar/getSchedule", GetScheduleAsync);
        user.MapPost("/calendar/microsoft.graph.getSchedule", GetScheduleAsync);
    }

    private static async Task<IResult> GetScheduleAsync(string key, HttpContext context, SimulatedDirectory directory, CalendarStore store, CancellationToken cancellationToken)
    {
        CalendarRequests.Mailbox(directory, key);
        var zone = ResponseZone.From(context.Request);
        var body = await CalendarRequests.BodyAsync(context.Request, cancellationToken);
        var schedules = Schedules(body["schedules"]);
        var window = Window(body);

        var value = new JsonArray();
        foreach (var address in schedules)
        {
            var user = directory.FindByAddress(address);
            value.Add(user is null
                ? FreeBusy.Unknown(address)
                : FreeBusy.Schedule(user, address, store.CalendarView(user, window.From, window.To), window, zone));
        }
        var json = new JsonObject
        {
            ["@odata.context"] = $"{ServiceRoot.Of(context.Request)}/$metadata#Collection(microsoft.graph.scheduleInformation)",
            ["value"] = value,
        };
        return CalendarRequests.Json(json, context, zone);
    }

    private static List<string> Schedules(JsonNode? node)
    {
        var schedules = (node as JsonArray ?? [])
            .Select(n => n is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>().Trim() : string.Empty)
            .Where(s => s.Length > 0)
            .ToList();
        if (schedules.Count == 0)
            throw new GraphRequestException(400, "ErrorMailboxDataArrayEmpty", "The schedules array is empty: name at least one mailbox.");
        if (schedules.Count > MaxSchedules)
            throw new GraphRequestException(400, "ErrorMailboxDataArrayTooBig",
                $"There are too many target users in the EmailAddress array. The allowed size = {MaxSchedules}; the actual size = {schedules.Count}.");
        return schedules;
    }

    private static ScheduleWindow Window(JsonObject body)
    {
        var minutes = Interval(body["availabilityViewInterval"]);
        if (minutes is < 5 or > 1440)
            throw new GraphRequestException(400, "ErrorInvalidMergedFreeBusyInterval",
                $"The availabilityViewInterval must be between 5 and 1440 minutes; got {minutes}.");
        var from = GraphTimeZones.ReadDateTimeTimeZone(body["startTime"], "startTime").ToInstant();
        var to = GraphTimeZones.ReadDateTimeTimeZone(body["endTime"], "endTime").ToInstant();
        if (to <= from)
            throw GraphRequestException.InvalidParameter("The endTime must be later than the startTime.");
        if (to - from >= MaxWindow)
            throw new GraphRequestException(400, "ErrorTimeIntervalTooBig",
                $"The time window is too large: it must be less than {MaxWindow.Days} days; got {(to - from).TotalDays:0.##} days.");
        return new ScheduleWindow(from, to, Duration.FromMinutes(minutes));
    }

    private static int Interval(JsonNode? node) => node switch
    {
        null => 30,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
        JsonValue v when v.GetValueKind() == JsonValueKind.String && int.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => throw GraphRequestException.BadRequestBody($"Cannot convert '{node.ToJsonString()}' to the expected type 'Edm.Int32' for 'availabilityViewInterval'."),
    };
}
