using System.Text.Json.Nodes;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Writes an <see cref="EventView"/> in Graph's event shape, honouring <c>$select</c>, <c>$expand</c> and the response zone.</summary>
internal static class EventJson
{
    /// <summary>The properties Graph returns without <c>$select</c>, in its order.</summary>
    private static readonly string[] DefaultProperties =
    [
        "id", "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "transactionId",
        "originalStartTimeZone", "originalEndTimeZone", "iCalUId", "reminderMinutesBeforeStart", "isReminderOn",
        "hasAttachments", "subject", "bodyPreview", "importance", "sensitivity", "isAllDay", "isCancelled",
        "isOrganizer", "responseRequested", "seriesMasterId", "showAs", "type", "webLink", "onlineMeetingUrl",
        "isOnlineMeeting", "onlineMeetingProvider", "allowNewTimeProposals", "isDraft", "hideAttendees",
        "responseStatus", "body", "start", "end", "location", "locations", "recurrence", "attendees", "organizer",
        "onlineMeeting",
    ];

    private static readonly HashSet<string> Selectable = new(
        DefaultProperties.Concat(["originalStart", "cancelledOccurrences", "exceptionOccurrences"]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Throws Graph's 400 for a <c>$select</c> naming a property events do not have.</summary>
    public static void CheckSelect(IReadOnlyList<string>? select)
    {
        foreach (var name in select ?? [])
        {
            if (!Selectable.Contains(name))
                throw new GraphRequestException(400, "RequestBroker--ParseUri", $"Could not find a property named '{name}' on type 'microsoft.graph.event'.");
        }
    }

    public static JsonObject Write(EventView view, EventQuery query, ResponseZone zone)
    {
        var json = new JsonObject { ["@odata.etag"] = $"W/\"{view.ChangeKey}\"" };
        var names = query.Select is { Count: > 0 } select
            ? ["id", .. select.Select(s => Selectable.First(p => p.Equals(s, StringComparison.OrdinalIgnoreCase)))]
            : DefaultProperties.Concat(view.OriginalStart is null ? [] : ["originalStart"]);
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (Property(view, name, zone, explicitlySelected: query.Select is not null) is { } value)
                json[name] = value.Node;
        }
        if (query.ExpandsExceptionOccurrences && view.Type == "seriesMaster" && !json.ContainsKey("exceptionOccurrences"))
            json["exceptionOccurrences"] = new JsonArray([.. view.ExceptionOccurrences.Select(e => (JsonNode)Write(e, EventQuery.Plain, zone))]);
        var properties = query.ExpandedExtendedProperties(view);
        if (properties.Count > 0) json["singleValueExtendedProperties"] = new JsonArray([.. properties]);
        return json;
    }

    /// <summary>One property's value; null when the property is left out for this event.</summary>
    private static Value? Property(EventView view, string name, ResponseZone zone, bool explicitlySelected)
    {
        var content = view.Content;
        return name switch
        {
            "id" => new(view.Id),
            "createdDateTime" => new(GraphTimeZones.Timestamp(view.Created)),
            "lastModifiedDateTime" => new(GraphTimeZones.Timestamp(view.LastModified)),
            "changeKey" => new(view.ChangeKey),
            "categories" => new(new JsonArray([.. content.Categories.Select(c => (JsonNode)c)])),
            "transactionId" => new(view.TransactionId),
            "originalStartTimeZone" => new(content.Start.ZoneName),
            "originalEndTimeZone" => new(content.End.ZoneName),
            "iCalUId" => new(view.ICalUId),
            "reminderMinutesBeforeStart" => new(content.ReminderMinutesBeforeStart),
            "isReminderOn" => new(content.IsReminderOn),
            "hasAttachments" => new(false),
            "subject" => new(content.Subject),
            "bodyPreview" => new(EventBodyHtml.Preview(content.Body.Content)),
            "importance" => new(content.Importance),
            "sensitivity" => new(content.Sensitivity),
            "isAllDay" => new(content.IsAllDay),
            "isCancelled" => new(false),
            "isOrganizer" => new(view.IsOrganizer),
            "responseRequested" => new(content.ResponseRequested),
            "seriesMasterId" => new(view.SeriesMasterId),
            "showAs" => new(view.ShowAs),
            "type" => new(view.Type),
            "webLink" => new($"https://outlook.office365.com/owa/?itemid={Uri.EscapeDataString(view.Id)}&exvsurl=1&path=/calendar/item"),
            "onlineMeetingUrl" => new((string?)null),
            "isOnlineMeeting" => new(content.IsOnlineMeeting),
            "onlineMeetingProvider" => new(content.OnlineMeetingProvider),
            "allowNewTimeProposals" => new(content.AllowNewTimeProposals),
            "isDraft" => new(false),
            "hideAttendees" => new(content.HideAttendees),
            "responseStatus" => new(Response(view.Response, view.ResponseTime)),
            "body" => new(new JsonObject { ["contentType"] = content.Body.ContentType, ["content"] = content.Body.Content }),
            "start" => new(GraphTimeZones.Write(view.Start, zone)),
            "end" => new(GraphTimeZones.Write(view.End, zone)),
            "location" => new(content.Location.ToJson()),
            "locations" => new(content.Location.DisplayName.Length == 0 ? new JsonArray() : new JsonArray(content.Location.ToJson())),
            "recurrence" => new(view.Recurrence is null ? null : RecurrenceJson.Write(view.Recurrence, content.Start.ZoneName)),
            "attendees" => new(new JsonArray([.. content.Attendees.Select(Attendee)])),
            "organizer" => new(Recipient(view.Organizer)),
            "onlineMeeting" => new(content.JoinUrl is null ? null : new JsonObject { ["joinUrl"] = content.JoinUrl }),
            "originalStart" => view.OriginalStart is { } start ? new(GraphTimeZones.ShortTimestamp(start)) : null,
            "cancelledOccurrences" when explicitlySelected && view.Type == "seriesMaster" => new(new JsonArray([.. view.CancelledOccurrences.Select(c => (JsonNode)c)])),
            "exceptionOccurrences" when explicitlySelected && view.Type == "seriesMaster" => new(new JsonArray([.. view.ExceptionOccurrences.Select(e => (JsonNode)Write(e, EventQuery.Plain, zone))])),
            _ => null,
        };
    }

    private static JsonNode Attendee(Attendee attendee) => new JsonObject
    {
        ["type"] = attendee.Type,
        ["status"] = Response(attendee.Response, attendee.ResponseTime),
        ["emailAddress"] = new JsonObject { ["name"] = attendee.Name, ["address"] = attendee.Address },
    };

    private static JsonObject Recipient(Recipient recipient) => new()
    {
        ["emailAddress"] = new JsonObject { ["name"] = recipient.Name, ["address"] = recipient.Address },
    };

    private static JsonObject Response(string response, Instant? time) => new()
    {
        ["response"] = response,
        ["time"] = time is { } t ? GraphTimeZones.ShortTimestamp(t) : "0001-01-01T00:00:00Z",
    };

    /// <summary>A property value that may itself be JSON null (written) as opposed to a left-out property.</summary>
    private sealed record Value(JsonNode? Node)
    {
        public Value(string? text) : this(text is null ? null : JsonValue.Create(text))
        {
        }

        public Value(bool flag) : this(JsonValue.Create(flag))
        {
        }

        public Value(int number) : this(JsonValue.Create(number))
        {
        }
    }
}
