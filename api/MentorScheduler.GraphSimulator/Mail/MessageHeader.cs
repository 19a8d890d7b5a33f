namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>An internet message header, <c>{name, value}</c>.</summary>
public sealed record MessageHeader(string Name, string Value);
