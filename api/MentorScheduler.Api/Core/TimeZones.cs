using NodaTime;

namespace MentorScheduler.Api.Core;

/// <summary>The product keeps IANA ids; Graph may send or want Windows names.</summary>
public static class TimeZones
{
    /// <summary>The IANA id for an IANA or Windows zone name, or null when it names no zone.</summary>
    public static string? ToIana(string? zone)
    {
        if (string.IsNullOrWhiteSpace(zone)) return null;
        zone = zone.Trim();
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null) return zone;
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone, out var iana)
            && DateTimeZoneProviders.Tzdb.GetZoneOrNull(iana) is not null)
            return iana;
        return null;
    }

    /// <summary>The Windows name Graph's <c>Prefer: outlook.timezone</c> and dateTimeTimeZone expect.</summary>
    public static string ToWindows(string ianaZone) =>
        TimeZoneInfo.TryConvertIanaIdToWindowsId(ianaZone, out var windows) ? windows : ianaZone;

    public static DateTimeZone Zone(string ianaZone) => DateTimeZoneProviders.Tzdb[ianaZone];

    /// <summary>How people name a zone: <c>New York time</c> for America/New_York, <c>UTC</c> for UTC.</summary>
    public static string Label(string ianaZone)
    {
        if (ianaZone is "UTC" or "Etc/UTC") return "UTC";
        var city = ianaZone[(ianaZone.LastIndexOf('/') + 1)..].Replace('_', ' ');
        return $"{city} time";
    }
}
