using System.Globalization;
using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Infrastructure;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// Graph's <c>dateTimeTimeZone</c>: zone names (Windows or IANA) to NodaTime zones, and the wire format with seven
/// fractional digits and no offset.
/// </summary>
internal static class GraphTimeZones
{
    private static readonly LocalDateTimePattern WirePattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff");
    private static readonly LocalDateTimePattern RequestPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFF");

    /// <summary>The zone for a Windows or IANA name, or null when neither is known.</summary>
    public static DateTimeZone? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var iana = TimeZoneNames.ToIana(name.Trim());
        return iana is null ? null : DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana);
    }

    public static DateTimeZone Require(string? name) =>
        Find(name) ?? throw GraphRequestException.TimeZoneNotSupported(name);

    /// <summary>The Windows name Outlook reports for a zone name (UTC stays UTC).</summary>
    public static string WindowsName(string name) =>
        string.Equals(name, "UTC", StringComparison.OrdinalIgnoreCase) ? "UTC" : TimeZoneNames.ToWindows(name);

    /// <summary>Parses a request's <c>dateTime</c>: no offset, optional fractional seconds; a trailing Z is tolerated.</summary>
    public static LocalDateTime ParseLocal(string? text, string field)
    {
        var trimmed = (text ?? string.Empty).Trim().TrimEnd('Z', 'z');
        var result = RequestPattern.Parse(trimmed);
        if (result.Success) return result.Value;
        if (DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return LocalDateTime.FromDateTime(parsed);
        throw GraphRequestException.BadRequestBody($"Cannot convert the literal '{text}' to the expected type 'Edm.String' for '{field}': a date and time such as 2027-01-04T14:00:00 is expected.");
    }

    /// <summary>Reads a <c>dateTimeTimeZone</c> object into an instant.</summary>
    public static EventTime ReadDateTimeTimeZone(JsonNode? node, string field)
    {
        if (node is not JsonObject json) throw GraphRequestException.InvalidRequest($"The '{field}' property is required and must be a dateTimeTimeZone.");
        var zoneName = json["timeZone"]?.GetValue<string>() ?? "UTC";
        var zone = Require(zoneName);
        var local = ParseLocal(json["dateTime"]?.GetValue<string>(), field);
        return new EventTime(local, zoneName, zone);
    }

    /// <summary>Writes an instant as <c>{"dateTime","timeZone"}</c> in the response zone.</summary>
    public static JsonObject Write(Instant instant, ResponseZone zone) => new()
    {
        ["dateTime"] = WirePattern.Format(instant.InZone(zone.Zone).LocalDateTime),
        ["timeZone"] = zone.Name,
    };

    /// <summary>A UTC timestamp as Graph writes <c>DateTimeOffset</c> properties.</summary>
    public static string Timestamp(Instant instant) =>
        instant.ToDateTimeUtc().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>A UTC timestamp without fractional seconds, as Graph writes <c>originalStart</c> and response times.</summary>
    public static string ShortTimestamp(Instant instant) =>
        instant.ToDateTimeUtc().ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses a <c>startDateTime</c>/<c>endDateTime</c> query value: ISO 8601, UTC when it has no offset.</summary>
    public static Instant ParseQueryInstant(string text, string name)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            return Instant.FromDateTimeOffset(value);
        throw new GraphRequestException(400, "ErrorInvalidParameter", $"The value '{text}' of parameter '{name}' is invalid.");
    }
}

/// <summary>A local wall time with the zone name it was given in (kept for <c>originalStartTimeZone</c>).</summary>
internal sealed record EventTime(LocalDateTime Local, string ZoneName, DateTimeZone Zone)
{
    public Instant ToInstant() => Zone.ResolveLocal(Local, Resolvers.LenientResolver).ToInstant();

    public static EventTime At(Instant instant, string zoneName, DateTimeZone zone) =>
        new(instant.InZone(zone).LocalDateTime, zoneName, zone);
}
