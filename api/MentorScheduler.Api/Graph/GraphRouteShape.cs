namespace MentorScheduler.Api.Graph;

/// <summary>
/// A Graph request's route with every key taken out (<c>/users/{id}/events/{id}/instances</c>), so a metric's label
/// never carries an address, a user's or an event's id, and stays one of few values.
/// </summary>
public static class GraphRouteShape
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "users", "me", "events", "calendar", "calendars", "calendarView", "getSchedule", "mailboxSettings", "instances", "cancel", "accept",
        "decline", "tentativelyAccept", "sendMail", "mailFolders", "sentitems", "inbox", "messages", "subscriptions", "$batch", "manager",
        "directReports", "people", "delta", "findMeetingTimes", "organization", "extensions",
    };

    public static string Of(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(segments, s => s is "v1.0" or "beta");
        var parts = segments.Skip(start + 1)
            .Select(s => Uri.UnescapeDataString(s))
            .Select(s => s.Contains('(') ? s[..s.IndexOf('(')] : s) // users('x') and the like
            .Select(s => Words.Contains(s) ? s : "{id}");
        return "/" + string.Join('/', parts);
    }
}
