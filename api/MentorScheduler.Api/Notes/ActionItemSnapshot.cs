namespace MentorScheduler.Api.Notes;

/// <summary>An action item as one version of the notes recorded it.</summary>
public sealed record ActionItemSnapshot(Guid Id, string Text, ActionOwner Owner, DateOnly? DueDate, ActionStatus Status);
