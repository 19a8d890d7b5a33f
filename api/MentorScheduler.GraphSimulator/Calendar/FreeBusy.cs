using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// One <c>scheduleInformation</c> of getSchedule: the merged availability string, the schedule items and the
/// working hours of a mailbox, or the error entry Graph gives an address it cannot resolve.
/// </summary>
internal static class FreeBusy
{
    /// <summary>Digits of <c>availabilityView</c>, and which status wins when events overlap in one slot.</summary>
    private static readonly Dictionary<string, (char Digit, int Weight)> Statuses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["free"] = ('0', 0),
        ["unknown"] = ('0', 0),
        ["workingElsewhere"] = ('4', 1),
        ["tentative"] = ('1', 2),
        ["busy"] = ('2', 3),
        ["oof"] = ('3', 4),
    };

    public static JsonObject Schedule(SeedUser user, string scheduleId, IReadOnlyList<EventView> events, ScheduleWindow window, ResponseZone zone) => new()
    {
        ["scheduleId"] = scheduleId,
        ["availabilityView"] = AvailabilityView(events, window),
        ["scheduleItems"] = new JsonArray([.. events.Select(e => (JsonNode)Item(e, zone))]),
        ["workingHours"] = WorkingHours(user),
    };

    /// <summary>
    /// The entry for an address that resolves to no one, as Exchange Online answers it (microsoft-graph-docs
    /// issue 11225): only the id and an error.
    /// </summary>
    public static JsonObject Unknown(string scheduleId) => new()
    {
        ["scheduleId"] = scheduleId,
        ["error"] = new JsonObject
        {
            ["message"] = $"Unable to resolve e-mail address {scheduleId} to an Active Directory object.",
            ["responseCode"] = "5009",
        },
    };

    private static string AvailabilityView(IReadOnlyList<EventView> events, ScheduleWindow window)
    {
        var view = new StringBuilder();
        for (var slotStart = window.From; slotStart < window.To; slotStart += window.Interval)
        {
            var slotEnd = Instant.Min(slotStart + window.Interval, window.To);
            var winner = events
                .Where(e => e.Start < slotEnd && e.End > slotStart)
                .Select(e => Statuses.GetValueOrDefault(e.ShowAs, ('0', 0)))
                .DefaultIfEmpty(('0', 0))
                .MaxBy(s => s.Item2);
            view.Append(winner.Item1);
        }
        return view.ToString();
    }

    private static JsonObject Item(EventView e, ResponseZone zone) => new()
    {
        ["isPrivate"] = e.Content.Sensitivity is "private" or "confidential",
        ["status"] = e.ShowAs,
        ["subject"] = e.Content.Subject,
        ["location"] = e.Content.Location.DisplayName,
        ["start"] = GraphTimeZones.Write(e.Start, zone),
        ["end"] = GraphTimeZones.Write(e.End, zone),
    };

    private static JsonObject WorkingHours(SeedUser user) => new()
    {
        ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
        ["startTime"] = user.WorkingHours.Start.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture) + ".0000000",
        ["endTime"] = user.WorkingHours.End.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture) + ".0000000",
        ["timeZone"] = new JsonObject { ["name"] = GraphTimeZones.WindowsName(user.TimeZone) },
    };
}

/// <summary>A getSchedule window and the length of one availability slot.</summary>
internal sealed record ScheduleWindow(Instant From, Instant To, Duration Interval);
