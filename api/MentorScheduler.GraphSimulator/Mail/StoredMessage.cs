namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>An email address with an optional display name, Graph's <c>recipient.emailAddress</c>.</summary>
public sealed record MailAddress(string? Name, string Address);

/// <summary>An internet message header, <c>{name, value}</c>.</summary>
public sealed record MessageHeader(string Name, string Value);

/// <summary>A single-value extended property, <c>{id, value}</c>, e.g. <c>String {guid} Name MentorshipRelationshipId</c>.</summary>
public sealed record ExtendedProperty(string Id, string Value);

/// <summary>A message as sent, before it is copied into mailboxes.</summary>
public sealed record OutgoingMail(
    string Subject,
    string ContentType,
    string Content,
    IReadOnlyList<MailAddress> To,
    IReadOnlyList<MailAddress> Cc,
    IReadOnlyList<MailAddress> Bcc,
    IReadOnlyList<MailAddress> ReplyTo,
    IReadOnlyList<MessageHeader> Headers,
    IReadOnlyList<ExtendedProperty> ExtendedProperties,
    bool SaveToSentItems);

/// <summary>One copy of a message in one mailbox folder (<c>inbox</c> or <c>sentitems</c>).</summary>
public sealed record StoredMessage(
    string Id,
    string Folder,
    long Sequence,
    DateTimeOffset SentAt,
    DateTimeOffset ReceivedAt,
    string InternetMessageId,
    string ConversationId,
    MailAddress From,
    OutgoingMail Mail,
    bool IsRead)
{
    /// <summary>Bcc recipients are only visible on the sender's own copy.</summary>
    public IReadOnlyList<MailAddress> VisibleBcc => Folder == MailFolders.SentItems ? Mail.Bcc : [];
}

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
