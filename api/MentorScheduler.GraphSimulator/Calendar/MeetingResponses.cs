using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Records an attendee's answer on their copy and, when it is sent, on the organiser's item.</summary>
internal static class MeetingResponses
{
    /// <summary>The answer on the attendee's copy; declining the whole meeting moves it to Deleted Items.</summary>
    public static void Record(StoredEvent copy, Instant? originalStart, string response, Instant now)
    {
        if (originalStart is { } start)
        {
            copy.OccurrenceResponses[start] = (response, now);
        }
        else
        {
            copy.Response = response;
            copy.ResponseTime = now;
            copy.InDeletedItems = response == "declined";
        }
        copy.Touch(now);
    }

    /// <summary>The organiser's attendee list shows the answer (for one occurrence, on that occurrence only).</summary>
    public static void Reflect(StoredEvent organizerItem, string attendeeAddress, Instant? originalStart, string response, Instant now)
    {
        if (organizerItem.Content.AttendeeWithAddress(attendeeAddress) is not { } attendee) return;
        if (originalStart is { } start)
        {
            var exception = organizerItem.ExceptionAt(start, now);
            exception.AttendeeResponses[attendee.Address] = (response, now);
            exception.Touch(now);
            return;
        }
        organizerItem.Content = organizerItem.Content with
        {
            Attendees = organizerItem.Content.Attendees.Replace(attendee, attendee with { Response = response, ResponseTime = now }),
        };
    }
}
