using System.Globalization;
using System.Net;
using System.Text;

namespace MentorScheduler.Api.Core;

/// <summary>The series' subject and the HTML body summarising the agreement; every user-written text is encoded.</summary>
public static class AgreementSummary
{
    public static string Subject(Relationship r) => $"Mentoring: {r.MenteeDisplayName} and {r.MentorDisplayName}";

    public static string Html(Relationship r)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"mentorscheduler-agreement\">");
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>Mentoring agreement</strong> between {E(r.MenteeDisplayName)} (mentee) and {E(r.MentorDisplayName)} (mentor).</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>Purpose:</strong> {E(r.Purpose)}</p>");
        html.Append("<p><strong>Goals:</strong></p><ul>");
        foreach (var goal in r.Goals) html.Append(CultureInfo.InvariantCulture, $"<li>{E(goal)}</li>");
        html.Append("</ul>");
        html.Append(CultureInfo.InvariantCulture, $"<p><strong>Cadence:</strong> {Describe(r.Frequency)}, {r.DurationMinutes} minutes, {r.MeetingCount} meetings. ");
        html.Append(CultureInfo.InvariantCulture, $"After meeting {r.EvaluateAfterMeetings} we decide together to continue, amend or end.</p>");
        html.Append("<p>The mentee sends discussion items a week before each meeting; the agenda follows from MentorScheduler.</p>");
        html.Append("</div>");
        return html.ToString();
    }

    public static string Describe(Frequency frequency) => frequency switch
    {
        Frequency.Weekly => "weekly",
        Frequency.Biweekly => "every two weeks",
        Frequency.Monthly => "monthly",
        _ => "quarterly",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
