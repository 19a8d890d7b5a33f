namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>The well-known mail folders the simulator keeps.</summary>
public static class MailFolders
{
    public const string Inbox = "inbox";
    public const string SentItems = "sentitems";

    /// <summary>The well-known folder for a name, ignoring case, or null when the simulator has no such folder.</summary>
    public static string? Find(string name) =>
        name.Equals(Inbox, StringComparison.OrdinalIgnoreCase) ? Inbox
        : name.Equals(SentItems, StringComparison.OrdinalIgnoreCase) ? SentItems
        : null;
}
