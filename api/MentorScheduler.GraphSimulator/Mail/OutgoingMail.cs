namespace MentorScheduler.GraphSimulator.Mail;

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
