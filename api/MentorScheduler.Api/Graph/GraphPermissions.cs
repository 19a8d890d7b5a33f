namespace MentorScheduler.Api.Graph;

/// <summary>
/// The one decision, per Graph call, of whether it runs for the user or as the app, and what that needs
/// (Graph's reference pages, least privileged first). Calls made while a person waits go on-behalf-of,
/// except where Exchange refuses a delegated read of another person's mailbox; background work is the
/// app's. README's permission table is this list (a test compares them), and the Live-mode rehearsal
/// consents exactly README's table to a strict simulator that enforces each route's permission.
/// </summary>
public static class GraphPermissions
{
    public static readonly IReadOnlyList<GraphCall> Calls =
    [
        new("`GET /users/{id}`", "who a proposed mentor is", GraphActor.User, "User.ReadBasic.All"),
        new("`GET /users?$search=…` (`ConsistencyLevel: eventual`)", "people search in the pane (department and office are beyond the basic profile)", GraphActor.User, "User.Read.All"),
        new("`GET /users/{id}?$expand=manager($levels=max)`", "the mentee's management chain (no manager as mentor)", GraphActor.User, "User.Read.All"),
        new("`GET /users/{caller}/mailboxSettings`", "the caller's own time zone", GraphActor.User, "MailboxSettings.Read"),
        new("`POST /users/{caller}/calendar/getSchedule`", "free/busy of mentee and mentor for slots", GraphActor.User, "Calendars.ReadBasic"),
        new("`POST`, `GET`, `PATCH /users/{mentee}/events…`, `…/cancel`", "book, find, amend and cancel the mentee's own series", GraphActor.User, "Calendars.ReadWrite"),
        new("`GET /users/{caller}/events/{id}`", "which session an Outlook event is", GraphActor.User, "Calendars.Read"),
        new("`GET /users/{person}/mailboxSettings`", "the mentor's time zone; the zones and working hours of people found and suggested (Exchange refuses this delegated)",
            GraphActor.App, "MailboxSettings.Read"),
        new("`GET /users/{mentee}/events/{id}`, `…/instances`", "the record following Outlook; the agenda sweep's reads", GraphActor.App, "Calendars.Read"),
        new("`PATCH /users/{mentee}/events/{occurrence}`", "the agenda written into the meeting", GraphActor.App, "Calendars.ReadWrite"),
        new("`PATCH /users/{mentee}/events/{series}`, `…/cancel`",
            "the mentor ends or continues the relationship (the mentee's series stops after the last held meeting, or grows); a series the mentor declined is cancelled",
            GraphActor.App, "Calendars.ReadWrite"),
        new("`POST /users/{mentee or mentor}/sendMail`",
            "the agenda mail and the reminder; the mails of the relationship's life (the proposal, the mentor's answer, a withdrawal, a thank-you note, " +
            "the stay-in-touch check-ins, the evaluation coming due, the decision, a declined time), each from the mailbox of the person whose action it reports",
            GraphActor.App, "Mail.Send"),
        new("`GET /users/{mentee}/mailFolders/sentitems/messages?$filter=…`", "exactly once: was this agenda already sent?", GraphActor.App, "Mail.Read"),
        new("`GET /users/{mentee}/mailFolders/inbox/messages?$filter=…`", "the mentor's comment when they decline the series in Outlook (the response Outlook sends the mentee)",
            GraphActor.App, "Mail.Read"),
        new("`POST`, `PATCH`, `DELETE /subscriptions…`", "change notifications on the mentee's calendar (answers, moves, cancellations)", GraphActor.App, "Calendars.Read"),
    ];

    /// <summary>The delegated permissions to consent (the API registration's Microsoft Graph delegated permissions).</summary>
    public static IReadOnlyList<string> Delegated => Calls.Where(c => c.Actor == GraphActor.User).Select(c => c.Permission).Distinct().ToList();

    /// <summary>The application permissions to consent.</summary>
    public static IReadOnlyList<string> Application => Calls.Where(c => c.Actor == GraphActor.App).Select(c => c.Permission).Distinct().ToList();

    /// <summary>The row README shows for a call.</summary>
    public static string ReadmeRow(GraphCall call) =>
        $"| {call.Call} | {call.Purpose} | {(call.Actor == GraphActor.User ? "user (delegated)" : "app (application)")} | `{call.Permission}` |";
}
