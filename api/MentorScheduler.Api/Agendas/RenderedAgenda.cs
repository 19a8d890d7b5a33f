namespace MentorScheduler.Api.Agendas;

/// <summary>An agenda, as HTML for the mail and the meeting, and as plain text.</summary>
public sealed record RenderedAgenda(string Html, string Text);
