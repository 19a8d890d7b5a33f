namespace MentorScheduler.Api.Agendas;

/// <summary>A session's agenda: the sent copy, or a preview of what would be sent now.</summary>
public sealed record AgendaDto(string Status, DateTimeOffset? SentAt, string Html, string Text);
