using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// The zone responses use: UTC, or the one named by <c>Prefer: outlook.timezone="…"</c> (echoed back in
/// <c>Preference-Applied</c>).
/// </summary>
internal sealed partial record ResponseZone(string Name, DateTimeZone Zone, bool FromPrefer)
{
    public static readonly ResponseZone Utc = new("UTC", DateTimeZone.Utc, false);

    public static ResponseZone From(HttpRequest request)
    {
        foreach (var header in request.Headers["Prefer"])
        {
            var match = OutlookTimeZone().Match(header ?? string.Empty);
            if (!match.Success) continue;
            var name = match.Groups["zone"].Value.Trim();
            return new ResponseZone(name, GraphTimeZones.Require(name), true);
        }
        return Utc;
    }

    /// <summary>Adds <c>Preference-Applied</c> when the zone came from a <c>Prefer</c> header.</summary>
    public void Acknowledge(HttpResponse response)
    {
        if (FromPrefer) response.Headers.Append("Preference-Applied", $"outlook.timezone=\"{Name}\"");
    }

    [GeneratedRegex("outlook\\.timezone\\s*=\\s*\"?(?<zone>[^\",]+)\"?", RegexOptions.IgnoreCase)]
    private static partial Regex OutlookTimeZone();
}
