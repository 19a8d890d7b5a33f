using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

/// <summary>Builders for the events the calendar tests create through the SDK.</summary>
internal static class CalendarTestData
{
    public const string Adele = "adele.vance@contoso.example";
    public const string Megan = "megan.bowen@contoso.example";
    public const string Alex = "alex.wilber@contoso.example";
    public const string Lee = "lee.gu@contoso.example";
    public const string Patti = "patti.fernandez@contoso.example";
    public const string RelationshipProperty = "String {66f5a359-4659-4830-9070-00047ec6ac6e} Name MentorshipRelationshipId";

    public static DateTimeTimeZone At(string local, string zone = "GMT Standard Time") => new() { DateTime = local, TimeZone = zone };

    public static Event Single(string subject, string start, string end, string zone = "GMT Standard Time") => new()
    {
        Subject = subject,
        Body = new ItemBody { ContentType = BodyType.Text, Content = "Agenda to follow." },
        Start = At(start, zone),
        End = At(end, zone),
    };

    /// <summary>A weekly series on the start's weekday, <paramref name="count"/> times (no end when null).</summary>
    public static Event Weekly(string subject, string start, string end, int? count, string zone = "GMT Standard Time", int interval = 1)
    {
        var ev = Single(subject, start, end, zone);
        var date = DateOnly.Parse(start[..10], System.Globalization.CultureInfo.InvariantCulture);
        ev.Recurrence = new PatternedRecurrence
        {
            Pattern = new RecurrencePattern
            {
                Type = RecurrencePatternType.Weekly,
                Interval = interval,
                DaysOfWeek = [(DayOfWeekObject)(int)date.DayOfWeek],
            },
            Range = new RecurrenceRange
            {
                Type = count is null ? RecurrenceRangeType.NoEnd : RecurrenceRangeType.Numbered,
                StartDate = new Date(date.Year, date.Month, date.Day),
                NumberOfOccurrences = count,
            },
        };
        return ev;
    }

    public static Event WithAttendees(this Event ev, params string[] addresses)
    {
        ev.Attendees = [.. addresses.Select(a => new Attendee { EmailAddress = new EmailAddress { Address = a }, Type = AttendeeType.Required })];
        return ev;
    }

    public static Event WithRelationship(this Event ev, string relationshipId)
    {
        ev.SingleValueExtendedProperties = [new SingleValueLegacyExtendedProperty { Id = RelationshipProperty, Value = relationshipId }];
        return ev;
    }

    public static string RelationshipFilter(string relationshipId) =>
        $"singleValueExtendedProperties/Any(ep: ep/id eq '{RelationshipProperty}' and ep/value eq '{relationshipId}')";
}
