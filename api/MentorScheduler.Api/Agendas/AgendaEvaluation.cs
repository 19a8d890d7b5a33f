namespace MentorScheduler.Api.Agendas;

/// <summary>Shown at the agreed evaluation point.</summary>
public sealed record AgendaEvaluation(string Prompt);
