using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>The demo tenant's standing meetings: weekly series with no end, in each organiser's own time zone.</summary>
internal static class StandingMeetingSeed
{
    public static IEnumerable<(SeedUser Organizer, EventContent Content, PatternedRecurrence Recurrence)> Meetings(DemoTenant tenant)
    {
        foreach (var meeting in tenant.StandingMeetings)
        {
            var organizer = tenant.Users.FirstOrDefault(u => string.Equals(u.UserPrincipalName, meeting.Organizer, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"The standing meeting '{meeting.Subject}' names an unknown organiser '{meeting.Organizer}'.");
            var zone = GraphTimeZones.Find(organizer.TimeZone)
                ?? throw new InvalidOperationException($"The time zone '{organizer.TimeZone}' of {organizer.UserPrincipalName} is unknown.");
            var zoneName = GraphTimeZones.WindowsName(organizer.TimeZone);
            var start = LocalDateTime.FromDateTime(meeting.Start);
            var content = new EventContent
            {
                Subject = meeting.Subject,
                Start = new EventTime(start, zoneName, zone),
                End = new EventTime(LocalDateTime.FromDateTime(meeting.End), zoneName, zone),
                ShowAs = meeting.ShowAs,
            };
            var days = meeting.DaysOfWeek
                .Select(d => Enum.Parse<IsoDayOfWeek>(d, ignoreCase: true))
                .ToList();
            var recurrence = new PatternedRecurrence(
                new RecurrencePattern(RecurrencePatternType.Weekly, 1, days),
                new RecurrenceRange(RecurrenceRangeType.NoEnd, start.Date));
            yield return (organizer, content, recurrence);
        }
    }
}
