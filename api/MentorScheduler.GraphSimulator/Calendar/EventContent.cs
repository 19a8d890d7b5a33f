using System.Collections.Immutable;
using System.Text.Json.Nodes;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>The writable properties of an event (or of one occurrence): what a PATCH changes.</summary>
internal sealed record EventContent
{
    public string Subject { get; init; } = string.Empty;

    public ItemBody Body { get; init; } = ItemBody.Empty;

    public required EventTime Start { get; init; }

    public required EventTime End { get; init; }

    public EventLocation Location { get; init; } = EventLocation.None;

    public ImmutableList<Attendee> Attendees { get; init; } = [];

    public ImmutableList<string> Categories { get; init; } = [];

    public string ShowAs { get; init; } = "busy";

    public string Sensitivity { get; init; } = "normal";

    public string Importance { get; init; } = "normal";

    public bool IsAllDay { get; init; }

    public bool IsReminderOn { get; init; } = true;

    public int ReminderMinutesBeforeStart { get; init; } = 15;

    public bool ResponseRequested { get; init; } = true;

    public bool AllowNewTimeProposals { get; init; } = true;

    public bool HideAttendees { get; init; }

    public bool IsOnlineMeeting { get; init; }

    public string OnlineMeetingProvider { get; init; } = "unknown";

    public string? JoinUrl { get; init; }

    public Instant StartInstant => Start.ToInstant();

    public Instant EndInstant => End.ToInstant();

    /// <summary>The same content moved to another start, keeping its local length in the start zone.</summary>
    public EventContent MovedTo(Instant start, Instant end) => this with
    {
        Start = EventTime.At(start, Start.ZoneName, Start.Zone),
        End = EventTime.At(end, End.ZoneName, End.Zone),
    };

    public Attendee? AttendeeWithAddress(string address) =>
        Attendees.Find(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase));
}

/// <summary>An attendee and the response the organiser's copy has recorded for them.</summary>
internal sealed record Attendee(string Address, string Name, string Type, string Response = "none", Instant? ResponseTime = null);

/// <summary>Graph's <c>itemBody</c>; the service stores and returns event bodies as HTML.</summary>
internal sealed record ItemBody(string ContentType, string Content)
{
    public static readonly ItemBody Empty = new("html", string.Empty);
}

/// <summary>
/// Graph's <c>location</c> object, normalised to the fields the service always returns and kept as JSON text so a
/// snapshot can be written from any thread.
/// </summary>
internal sealed record EventLocation(string Json, string DisplayName)
{
    public static readonly EventLocation None = From(string.Empty);

    public static EventLocation From(string displayName) => new(Build(displayName).ToJsonString(), displayName);

    public static EventLocation Read(JsonObject json)
    {
        var displayName = json["displayName"]?.GetValue<string>() ?? string.Empty;
        var location = Build(displayName);
        foreach (var (name, value) in json)
        {
            if (name.StartsWith('@') || name.Equals("displayName", StringComparison.OrdinalIgnoreCase)) continue;
            location[name] = value?.DeepClone();
        }
        return new EventLocation(location.ToJsonString(), displayName);
    }

    public JsonObject ToJson() => JsonNode.Parse(Json)!.AsObject();

    private static JsonObject Build(string displayName) => new()
    {
        ["displayName"] = displayName,
        ["locationType"] = "default",
        ["uniqueIdType"] = displayName.Length == 0 ? "unknown" : "private",
        ["address"] = new JsonObject(),
        ["coordinates"] = new JsonObject(),
    };
}
