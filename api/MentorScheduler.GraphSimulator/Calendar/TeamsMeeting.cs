using System.Globalization;
using System.Net;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// What Outlook adds when an event becomes a Teams meeting: a join URL and the "Microsoft Teams meeting" block
/// at the end of the HTML body.
/// </summary>
internal static class TeamsMeeting
{
    public const string Provider = "teamsForBusiness";

    /// <summary>A join URL in Teams' shape, naming the tenant and the organiser.</summary>
    public static string NewJoinUrl(string tenantId, string organizerId)
    {
        var thread = Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', 'A').Replace('/', 'B');
        var context = $"{{\"Tid\":\"{tenantId}\",\"Oid\":\"{organizerId}\"}}";
        return $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context={Uri.EscapeDataString(context)}";
    }

    /// <summary>The block Outlook appends to the body, linking to <paramref name="joinUrl"/>.</summary>
    public static string Block(string joinUrl)
    {
        var meetingId = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Random.Shared.Next(100, 1000).ToString(CultureInfo.InvariantCulture)));
        var passcode = Convert.ToBase64String(Guid.NewGuid().ToByteArray())[..6];
        var href = WebUtility.HtmlEncode(joinUrl);
        const string Rule = "<div style=\"width:100%\"><span style=\"white-space:nowrap;color:#5F5F5F;opacity:.36\">________________________________________________________________________________</span></div>";
        return Rule + "\r\n"
            + "<div class=\"me-email-text\" lang=\"en-GB\" style=\"color:#252424;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif\">\r\n"
            + "<div style=\"margin-top:24px;margin-bottom:20px\"><span style=\"font-size:24px;color:#252424\">Microsoft Teams meeting</span></div>\r\n"
            + "<div style=\"margin-bottom:20px\"><div style=\"margin-top:0px;margin-bottom:0px;font-weight:bold\"><span style=\"font-size:14px;color:#252424\">Join on your computer, mobile app or room device</span></div>\r\n"
            + $"<a class=\"me-email-headline\" href=\"{href}\" target=\"_blank\" rel=\"noreferrer noopener\" style=\"font-size:14px;font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif;text-decoration:underline;color:#6264a7\">Click here to join the meeting</a></div>\r\n"
            + $"<div style=\"margin-bottom:20px;margin-top:20px\"><div style=\"margin-bottom:4px\"><span style=\"font-size:14px;color:#252424\">Meeting ID: <span style=\"font-size:16px;color:#252424\">{meetingId}</span></span><br><span style=\"font-size:14px;color:#252424\">Passcode: </span><span style=\"font-size:16px;color:#252424\">{WebUtility.HtmlEncode(passcode)}</span></div></div>\r\n"
            + "<div style=\"margin-bottom:24px;margin-top:20px\"><a class=\"me-email-link\" target=\"_blank\" href=\"https://aka.ms/JoinTeamsMeeting\" rel=\"noreferrer noopener\" style=\"font-size:14px;text-decoration:underline;color:#6264a7;font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif\">Learn more</a></div>\r\n"
            + "</div>\r\n" + Rule;
    }

    /// <summary>Turns content into a Teams meeting once: join URL, provider and body block; later calls change nothing.</summary>
    public static EventContent Ensure(EventContent content, string tenantId, string organizerId)
    {
        if (!content.IsOnlineMeeting || content.JoinUrl is not null) return content;
        if (content.OnlineMeetingProvider is not (Provider or "unknown")) return content;
        var joinUrl = NewJoinUrl(tenantId, organizerId);
        return content with
        {
            OnlineMeetingProvider = Provider,
            JoinUrl = joinUrl,
            Body = new ItemBody("html", EventBodyHtml.Append(content.Body.Content, Block(joinUrl))),
        };
    }
}
