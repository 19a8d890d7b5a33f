namespace MentorScheduler.Api.Agendas;

/// <summary>
/// An action item as the agenda shows it: due and done dates in words (<c>Mon 18 Jan</c>), overdue when its due date
/// had passed when the session starts, in its owner's zone.
/// </summary>
public sealed record AgendaAction(string Text, string Owner, string OwnerName, string? DueDate, bool Overdue, string? CompletedOn);
