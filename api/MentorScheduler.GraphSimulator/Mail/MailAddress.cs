namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>An email address with an optional display name, Graph's <c>recipient.emailAddress</c>.</summary>
public sealed record MailAddress(string? Name, string Address);
