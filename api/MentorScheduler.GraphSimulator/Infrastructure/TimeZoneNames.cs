namespace MentorScheduler.GraphSimulator.Infrastructure;

/// <summary>Converts between the IANA ids the product uses and the Windows names Outlook reports.</summary>
public static class TimeZoneNames
{
    public static string ToWindows(string zone) =>
        TimeZoneInfo.TryConvertIanaIdToWindowsId(zone, out var windows) ? windows : zone;

    /// <summary>An IANA id for a Windows or IANA zone name, or null when neither is known.</summary>
    public static string? ToIana(string zone)
    {
        if (string.Equals(zone, "UTC", StringComparison.OrdinalIgnoreCase)) return "Etc/UTC";
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone, out var iana)) return iana;
        return NodaTime.DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null ? null : zone;
    }
}
