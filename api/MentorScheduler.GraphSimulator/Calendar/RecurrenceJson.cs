using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Reads and writes <c>patternedRecurrence</c> in Graph's JSON shape.</summary>
internal static class RecurrenceJson
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;

    /// <summary>Parses a recurrence; unknown enum literals and malformed values are Graph's 400 RequestBodyRead.</summary>
    public static PatternedRecurrence Read(JsonObject json)
    {
        if (json["pattern"] is not JsonObject pattern || json["range"] is not JsonObject range)
            throw new GraphRequestException(400, "ErrorInvalidRecurrencePattern", "The recurrence must have both a pattern and a range.");

        var parsedPattern = new RecurrencePattern(
            Enum<RecurrencePatternType>(pattern["type"], "recurrencePatternType") ?? throw MissingType("pattern"),
            Int(pattern["interval"], "interval"),
            Days(pattern["daysOfWeek"]),
            Int(pattern["dayOfMonth"], "dayOfMonth"),
            Int(pattern["month"], "month"),
            Enum<WeekIndex>(pattern["index"], "weekIndex") ?? WeekIndex.First,
            Day(pattern["firstDayOfWeek"]) ?? IsoDayOfWeek.Sunday);

        var parsedRange = new RecurrenceRange(
            Enum<RecurrenceRangeType>(range["type"], "recurrenceRangeType") ?? throw MissingType("range"),
            Date(range["startDate"], "startDate") ?? throw new GraphRequestException(400, "ErrorInvalidRecurrenceRange", "The recurrence range must have a startDate."),
            Date(range["endDate"], "endDate"),
            Int(range["numberOfOccurrences"], "numberOfOccurrences"),
            Text(range["recurrenceTimeZone"]));
        return new PatternedRecurrence(parsedPattern, parsedRange);
    }

    /// <summary>Writes a recurrence as the service returns it: unused integers as 0, noEnd's endDate as 0001-01-01.</summary>
    public static JsonObject Write(PatternedRecurrence recurrence, string eventZoneName)
    {
        var pattern = recurrence.Pattern;
        var range = recurrence.Range;
        return new JsonObject
        {
            ["pattern"] = new JsonObject
            {
                ["type"] = Camel(pattern.Type),
                ["interval"] = pattern.Interval,
                ["month"] = pattern.Month,
                ["dayOfMonth"] = pattern.DayOfMonth,
                ["daysOfWeek"] = new JsonArray(pattern.DaysOfWeek.Select(d => (JsonNode)DayName(d)).ToArray()),
                ["firstDayOfWeek"] = DayName(pattern.FirstDayOfWeek),
                ["index"] = Camel(pattern.Index),
            },
            ["range"] = new JsonObject
            {
                ["type"] = Camel(range.Type),
                ["startDate"] = DatePattern.Format(range.StartDate),
                ["endDate"] = range.Type == RecurrenceRangeType.EndDate && range.EndDate is { } end ? DatePattern.Format(end) : "0001-01-01",
                ["recurrenceTimeZone"] = GraphTimeZones.WindowsName(range.RecurrenceTimeZone ?? eventZoneName),
                ["numberOfOccurrences"] = range.Type == RecurrenceRangeType.Numbered ? range.NumberOfOccurrences : 0,
            },
        };
    }

    public static string DayName(IsoDayOfWeek day) => day.ToString().ToLowerInvariant();

    private static string Camel<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static GraphRequestException MissingType(string part) =>
        new(400, part == "pattern" ? "ErrorInvalidRecurrencePattern" : "ErrorInvalidRecurrenceRange", $"The recurrence {part} must have a type.");

    private static T? Enum<T>(JsonNode? node, string typeName) where T : struct, Enum
    {
        var text = Text(node);
        if (text is null) return null;
        if (System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)) return value;
        throw GraphRequestException.BadRequestBody($"Cannot convert the literal '{text}' to the expected type 'microsoft.graph.{typeName}'.");
    }

    private static IsoDayOfWeek? Day(JsonNode? node)
    {
        var text = Text(node);
        if (text is null) return null;
        if (System.Enum.TryParse<IsoDayOfWeek>(text, ignoreCase: true, out var day) && day != IsoDayOfWeek.None && !int.TryParse(text, out _))
            return day;
        throw GraphRequestException.BadRequestBody($"Cannot convert the literal '{text}' to the expected type 'microsoft.graph.dayOfWeek'.");
    }

    private static List<IsoDayOfWeek> Days(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => array.Select(item => Day(item) ?? throw GraphRequestException.BadRequestBody("A day of the week cannot be null.")).ToList(),
        _ => throw GraphRequestException.BadRequestBody("The property 'daysOfWeek' must be a collection."),
    };

    private static int Int(JsonNode? node, string name)
    {
        if (node is null) return 0;
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number)) return number;
        throw GraphRequestException.BadRequestBody($"Cannot convert the literal '{node.ToJsonString()}' to the expected type 'Edm.Int32' for '{name}'.");
    }

    private static LocalDate? Date(JsonNode? node, string name)
    {
        var text = Text(node);
        if (text is null) return null;
        var result = DatePattern.Parse(text.Length > 10 ? text[..10] : text);
        if (result.Success) return result.Value.Year <= 1 ? null : result.Value;
        throw GraphRequestException.BadRequestBody($"Cannot convert the literal '{text}' to the expected type 'Edm.Date' for '{name}'.");
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
