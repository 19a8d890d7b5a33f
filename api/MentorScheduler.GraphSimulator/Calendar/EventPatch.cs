using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// The properties of a POST or PATCH event body, parsed and checked up front, to be applied to an event's content.
/// Read-only properties are ignored as Graph ignores them; unknown ones are refused.
/// </summary>
internal sealed class EventPatch
{
    private static readonly HashSet<string> ReadOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "iCalUId", "uid", "type", "webLink",
        "seriesMasterId", "originalStart", "originalStartTimeZone", "originalEndTimeZone", "organizer",
        "responseStatus", "isOrganizer", "isCancelled", "bodyPreview", "hasAttachments", "onlineMeeting",
        "onlineMeetingUrl", "isDraft", "cancelledOccurrences", "exceptionOccurrences", "occurrenceId",
        "instances", "attachments", "extensions", "multiValueExtendedProperties", "calendar", "locations",
    };

    private readonly List<Func<EventContent, EventContent>> _changes = [];
    private readonly HashSet<string> _present = new(StringComparer.OrdinalIgnoreCase);

    private EventPatch(JsonObject source) => Source = source;

    /// <summary>The body as sent (used for transactionId comparison and stored as occurrence overrides).</summary>
    public JsonObject Source { get; }

    public bool HasRecurrence => _present.Contains("recurrence");

    public PatternedRecurrence? Recurrence { get; private set; }

    public string? TransactionId { get; private set; }

    public EventTime? Start { get; private set; }

    public EventTime? End { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> ExtendedProperties { get; private set; } = [];

    public bool Has(string property) => _present.Contains(property);

    public bool ChangesTiming => Has("start") || Has("end") || Has("isAllDay") || HasRecurrence;

    public static EventPatch Parse(JsonObject body)
    {
        var patch = new EventPatch(body);
        foreach (var (name, value) in body)
        {
            if (name.StartsWith('@') || name.Contains("@odata", StringComparison.OrdinalIgnoreCase) || ReadOnly.Contains(name)) continue;
            patch._present.Add(name);
            patch.Read(name, value);
        }
        return patch;
    }

    public EventContent ApplyTo(EventContent content) => _changes.Aggregate(content, (current, change) => change(current));

    private void Read(string name, JsonNode? value)
    {
        switch (name.ToUpperInvariant())
        {
            case "SUBJECT": Change(c => c with { Subject = Text(value, name) ?? string.Empty }); break;
            case "BODY": ReadBody(value); break;
            case "START": var start = GraphTimeZones.ReadDateTimeTimeZone(value, "start"); Start = start; Change(c => c with { Start = start }); break;
            case "END": var end = GraphTimeZones.ReadDateTimeTimeZone(value, "end"); End = end; Change(c => c with { End = end }); break;
            case "LOCATION": var location = value is JsonObject o ? EventLocation.Read(o) : EventLocation.None; Change(c => c with { Location = location }); break;
            case "ATTENDEES": var attendees = ReadAttendees(value); Change(c => c with { Attendees = MergeResponses(attendees, c.Attendees) }); break;
            case "CATEGORIES": var categories = ReadStrings(value, name); Change(c => c with { Categories = categories }); break;
            case "SHOWAS": var showAs = Choice(value, name, "freeBusyStatus", "free", "tentative", "busy", "oof", "workingElsewhere", "unknown"); Change(c => c with { ShowAs = showAs }); break;
            case "SENSITIVITY": var sensitivity = Choice(value, name, "sensitivity", "normal", "personal", "private", "confidential"); Change(c => c with { Sensitivity = sensitivity }); break;
            case "IMPORTANCE": var importance = Choice(value, name, "importance", "low", "normal", "high"); Change(c => c with { Importance = importance }); break;
            case "ISALLDAY": var allDay = Bool(value, name); Change(c => c with { IsAllDay = allDay }); break;
            case "ISREMINDERON": var reminder = Bool(value, name); Change(c => c with { IsReminderOn = reminder }); break;
            case "REMINDERMINUTESBEFORESTART": var minutes = Int(value, name); Change(c => c with { ReminderMinutesBeforeStart = minutes }); break;
            case "RESPONSEREQUESTED": var requested = Bool(value, name); Change(c => c with { ResponseRequested = requested }); break;
            case "ALLOWNEWTIMEPROPOSALS": var proposals = Bool(value, name); Change(c => c with { AllowNewTimeProposals = proposals }); break;
            case "HIDEATTENDEES": var hide = Bool(value, name); Change(c => c with { HideAttendees = hide }); break;
            case "ISONLINEMEETING": var online = Bool(value, name); Change(c => c with { IsOnlineMeeting = c.IsOnlineMeeting || online }); break;
            case "ONLINEMEETINGPROVIDER":
                var provider = Choice(value, name, "onlineMeetingProviderType", "unknown", "teamsForBusiness", "skypeForBusiness", "skypeForConsumer");
                Change(c => c with { OnlineMeetingProvider = c.JoinUrl is null ? provider : c.OnlineMeetingProvider });
                break;
            case "RECURRENCE": Recurrence = value is JsonObject r ? RecurrenceJson.Read(r) : null; break;
            case "TRANSACTIONID": TransactionId = Text(value, name); break;
            case "SINGLEVALUEEXTENDEDPROPERTIES": ExtendedProperties = ReadExtendedProperties(value); break;
            default:
                throw GraphRequestException.BadRequestBody($"The property '{name}' does not exist on type 'microsoft.graph.event'. " +
                    "Make sure to only use property names that are defined by the type or mark the type as open type.");
        }
    }

    private void Change(Func<EventContent, EventContent> change) => _changes.Add(change);

    private void ReadBody(JsonNode? value)
    {
        if (value is not JsonObject body) { Change(c => c with { Body = ItemBody.Empty }); return; }
        var type = Choice(body["contentType"], "contentType", "bodyType", "text", "html");
        var html = EventBodyHtml.Normalise(type, Text(body["content"], "content") ?? string.Empty);
        Change(c => c with { Body = new ItemBody("html", html) });
    }

    private static ImmutableList<Attendee> ReadAttendees(JsonNode? value)
    {
        if (value is null) return [];
        if (value is not JsonArray array) throw GraphRequestException.BadRequestBody("The property 'attendees' must be a collection.");
        return array.Select(item =>
        {
            var email = item?["emailAddress"] as JsonObject;
            var address = Text(email?["address"], "address");
            if (string.IsNullOrWhiteSpace(address))
                throw new GraphRequestException(400, "ErrorInvalidRecipients", "At least one recipient isn't valid: an attendee has no email address.");
            var type = item?["type"] is null ? "required" : Choice(item["type"], "type", "attendeeType", "required", "optional", "resource");
            return new Attendee(address.Trim(), Text(email?["name"], "name") ?? string.Empty, type);
        }).ToImmutableList();
    }

    /// <summary>Attendees already on the event keep the response the organiser has recorded for them.</summary>
    private static ImmutableList<Attendee> MergeResponses(ImmutableList<Attendee> incoming, ImmutableList<Attendee> existing) =>
        incoming.Select(a => existing.Find(e => string.Equals(e.Address, a.Address, StringComparison.OrdinalIgnoreCase)) is { } known
            ? a with { Response = known.Response, ResponseTime = known.ResponseTime, Name = a.Name.Length > 0 ? a.Name : known.Name }
            : a).ToImmutableList();

    private static List<KeyValuePair<string, string>> ReadExtendedProperties(JsonNode? value)
    {
        if (value is not JsonArray array) return [];
        return array.Select(item =>
        {
            var id = Text(item?["id"], "id");
            if (string.IsNullOrWhiteSpace(id))
                throw new GraphRequestException(400, "ErrorInvalidProperty", "A single-value extended property must have an id.");
            return KeyValuePair.Create(id.Trim(), Text(item?["value"], "value") ?? string.Empty);
        }).ToList();
    }

    private static ImmutableList<string> ReadStrings(JsonNode? value, string name) => value switch
    {
        null => [],
        JsonArray array => array.Select(item => Text(item, name) ?? string.Empty).ToImmutableList(),
        _ => throw GraphRequestException.BadRequestBody($"The property '{name}' must be a collection."),
    };

    private static string Choice(JsonNode? value, string name, string typeName, params string[] allowed)
    {
        var text = Text(value, name);
        return allowed.FirstOrDefault(a => string.Equals(a, text, StringComparison.OrdinalIgnoreCase))
            ?? throw GraphRequestException.BadRequestBody($"Cannot convert the literal '{text}' to the expected type 'microsoft.graph.{typeName}'.");
    }

    private static string? Text(JsonNode? value, string name) => value switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => throw GraphRequestException.BadRequestBody($"Cannot convert '{value.ToJsonString()}' to the expected type 'Edm.String' for '{name}'."),
    };

    private static bool Bool(JsonNode? value, string name) => value switch
    {
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
        _ => throw GraphRequestException.BadRequestBody($"Cannot convert '{value?.ToJsonString()}' to the expected type 'Edm.Boolean' for '{name}'."),
    };

    private static int Int(JsonNode? value, string name) => value switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<int>(out var n) => n,
        _ => throw GraphRequestException.BadRequestBody($"Cannot convert '{value?.ToJsonString()}' to the expected type 'Edm.Int32' for '{name}'."),
    };
}
