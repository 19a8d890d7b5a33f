namespace MentorScheduler.Api.Notes;

/// <summary>An action item as a client sends it. <c>dueDate</c> is yyyy-MM-dd; <c>status</c> open or done.</summary>
public sealed record ActionItemInput(Guid? Id, string? Text, string? Owner, string? DueDate, string? Status);
