using System.Globalization;
using Microsoft.Graph.Models;
using NodaTime;
using NodaTime.Text;

namespace MentorScheduler.Api.Core;

/// <summary>Graph's <c>dateTimeTimeZone</c> values to and from instants.</summary>
public static class GraphTime
{
    private static readonly LocalDateTimePattern Pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFF");

    public static DateTimeOffset? ToUtc(DateTimeTimeZone? value)
    {
        if (value?.DateTime is null) return null;
        var parsed = Pattern.Parse(value.DateTime);
        if (!parsed.Success) return null;
        var zone = TimeZones.ToIana(value.TimeZone) is { } iana ? TimeZones.Zone(iana) : DateTimeZone.Utc;
        return parsed.Value.InZoneLeniently(zone).ToDateTimeOffset().ToUniversalTime();
    }

    public static DateTimeTimeZone Local(LocalDateTime local, string windowsZone) => new()
    {
        DateTime = local.ToString("uuuu-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = windowsZone,
    };
}
