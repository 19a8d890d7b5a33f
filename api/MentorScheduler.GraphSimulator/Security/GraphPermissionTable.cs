namespace MentorScheduler.GraphSimulator.Security;

/// <summary>
/// Which permission each simulated route needs, as Graph's reference pages list them (least privileged first;
/// a higher one also serves). Delegated calls on a mailbox (its calendar, mail and settings) reach only the
/// signed-in user's own mailbox: Exchange refuses another user's unless it is shared, whatever is consented.
/// </summary>
public static class GraphPermissionTable
{
    private static readonly string[] ReadUsers = ["User.ReadBasic.All", "User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
    private static readonly string[] ReadManagers = ["User.Read.All", "User.ReadWrite.All", "Directory.Read.All", "Directory.ReadWrite.All"];
    private static readonly string[] ReadSettings = ["MailboxSettings.Read", "MailboxSettings.ReadWrite"];
    private static readonly string[] FreeBusy = ["Calendars.ReadBasic", "Calendars.Read", "Calendars.ReadWrite"];
    // Our reads of events use bodies and extended properties, which Calendars.ReadBasic does not return.
    private static readonly string[] ReadEvents = ["Calendars.Read", "Calendars.ReadWrite"];
    private static readonly string[] WriteEvents = ["Calendars.ReadWrite"];
    private static readonly string[] ReadMail = ["Mail.Read", "Mail.ReadWrite"];
    private static readonly string[] SendMail = ["Mail.Send"];

    /// <summary>What a request needs, by method and route template relative to the version (<c>/users/{key}/events</c>).</summary>
    public static Requirement? For(string method, string template, bool expandsManager)
    {
        if (template == "/$batch") return null;
        var write = method is not ("GET" or "HEAD");
        // Subscriptions to a user's events: Calendars.Read (the subscription resource page); only the app subscribes here.
        if (template.StartsWith("/subscriptions", StringComparison.Ordinal)) return new Requirement(ReadEvents, ReadEvents, OwnMailbox: false);
        if (template is "/users") return new Requirement(ReadUsers, ReadUsers, OwnMailbox: false);
        if (template is "/users/{key}") return expandsManager
            ? new Requirement(ReadManagers, ReadManagers, OwnMailbox: false)
            : new Requirement(["User.Read", .. ReadUsers], ReadUsers, OwnMailbox: false, OwnProfileScope: "User.Read");
        if (template is "/users/{key}/manager") return new Requirement(ReadManagers, ReadManagers, OwnMailbox: false);
        if (template.EndsWith("/mailboxSettings", StringComparison.Ordinal)) return new Requirement(ReadSettings, ReadSettings, OwnMailbox: true);
        if (template.Contains("getSchedule", StringComparison.Ordinal)) return new Requirement(FreeBusy, FreeBusy, OwnMailbox: true);
        if (template.EndsWith("/sendMail", StringComparison.Ordinal)) return new Requirement(SendMail, SendMail, OwnMailbox: true);
        if (template.Contains("/messages", StringComparison.Ordinal)) return new Requirement(ReadMail, ReadMail, OwnMailbox: true);
        if (template.Contains("/events", StringComparison.Ordinal) || template.Contains("/calendar", StringComparison.Ordinal))
            return write ? new Requirement(WriteEvents, WriteEvents, OwnMailbox: true) : new Requirement(ReadEvents, ReadEvents, OwnMailbox: true);
        return new Requirement(["Directory.ReadWrite.All"], ["Directory.ReadWrite.All"], OwnMailbox: false);
    }

    /// <param name="Delegated">Scopes any one of which lets a user's token through.</param>
    /// <param name="Application">Roles any one of which lets an app token through.</param>
    /// <param name="OwnMailbox">Delegated tokens reach only the signed-in user's own mailbox.</param>
    /// <param name="OwnProfileScope">A scope that serves only for the signed-in user's own object.</param>
    public sealed record Requirement(IReadOnlyList<string> Delegated, IReadOnlyList<string> Application, bool OwnMailbox, string? OwnProfileScope = null);
}
