namespace MentorScheduler.Api.Agendas;

/// <summary>A discussion item or a question, with who wrote it: their name and <c>mentee</c> or <c>mentor</c>.</summary>
public sealed record AgendaItem(string Text, string Author, string AuthorRole);
