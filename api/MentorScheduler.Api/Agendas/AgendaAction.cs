namespace MentorScheduler.Api.Agendas;

/// <summary>An action item as the agenda shows it.</summary>
public sealed record AgendaAction(string Text, string Owner, string OwnerName, string? DueDate, bool Overdue, string? CompletedOn);
