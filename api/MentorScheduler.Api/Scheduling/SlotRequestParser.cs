using MentorScheduler.Api.Core;
using NodaTime;
using NodaTime.Text;

namespace MentorScheduler.Api.Scheduling;

/// <summary>Reads a chosen first meeting (<c>start</c> as a local time and <c>timeZone</c>) from a request.</summary>
public static class SlotRequestParser
{
    private static readonly LocalDateTimePattern Local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss");

    /// <summary>The latest first meeting a series may have: a bound the calendar arithmetic is safe within.</summary>
    private static LocalDate Latest(Relationship relationship, Instant now) =>
        LocalDate.Max(LocalDate.FromDateOnly(relationship.StartDate), now.InUtc().Date).PlusYears(AgreementRules.MaxYearsAhead);

    /// <summary>The local start and IANA zone, or errors keyed by field. Start null means "take the best slot".</summary>
    public static (LocalDateTime? Start, string Zone, Dictionary<string, string[]> Errors) Parse(
        string? start, string? timeZone, Relationship relationship, Instant now)
    {
        var errors = new Dictionary<string, string[]>();
        var zone = relationship.TimeZone;
        if (timeZone is not null)
        {
            var iana = TimeZones.ToIana(timeZone);
            if (iana is null) errors["timeZone"] = [$"'{timeZone}' is not a time zone; use an IANA id such as Europe/London."];
            else zone = iana;
        }
        if (string.IsNullOrWhiteSpace(start)) return (null, zone, errors);

        var parsed = Local.Parse(start.Trim());
        if (!parsed.Success)
        {
            errors["start"] = [$"'{start}' is not a local date and time; send it as yyyy-MM-ddTHH:mm:ss, as /slots gives it, with timeZone."];
            return (null, zone, errors);
        }
        var value = parsed.Value;
        if (errors.Count == 0)
        {
            if (value.Date < LocalDate.FromDateOnly(relationship.StartDate))
                errors["start"] = [$"The first meeting cannot be before the agreed start date {relationship.StartDate:yyyy-MM-dd}."];
            else if (value.Date > Latest(relationship, now))
                errors["start"] = [$"The first meeting must be by {Latest(relationship, now):uuuu-MM-dd}: at most {AgreementRules.MaxYearsAhead} years after the agreed start date or today."];
            else if (value.InZoneLeniently(TimeZones.Zone(zone)).ToInstant() <= now)
                errors["start"] = ["That time has passed; choose a slot in the future."];
            else if (value.Minute % 5 != 0 || value.Second != 0)
                errors["start"] = ["Meetings start on a five-minute boundary, for example 14:00 or 14:15."];
        }
        return (value, zone, errors);
    }
}
