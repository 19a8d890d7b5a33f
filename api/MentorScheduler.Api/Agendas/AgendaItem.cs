namespace MentorScheduler.Api.Agendas;

/// <summary>A discussion item or a question, with who wrote it.</summary>
public sealed record AgendaItem(string Text, string Author);
