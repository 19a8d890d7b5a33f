namespace MentorScheduler.Api.Record;

/// <summary>Whether the session's agenda has gone out.</summary>
public sealed record AgendaStateDto(string Status, DateTimeOffset? SentAt);
