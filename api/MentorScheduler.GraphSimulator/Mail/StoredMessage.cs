namespace MentorScheduler.GraphSimulator.Mail;

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
    bool IsRead,
    string? MeetingResponse = null)
{
    /// <summary>A meeting response (Graph's <c>eventMessageResponse</c>): <c>accepted</c>, <c>tentativelyAccepted</c> or <c>declined</c>.</summary>
    public bool IsMeetingResponse => MeetingResponse is not null;

    /// <summary>Bcc recipients are only visible on the sender's own copy.</summary>
    public IReadOnlyList<MailAddress> VisibleBcc => Folder == MailFolders.SentItems ? Mail.Bcc : [];
}
