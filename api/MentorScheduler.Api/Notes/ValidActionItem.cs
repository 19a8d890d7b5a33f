namespace MentorScheduler.Api.Notes;

/// <summary>An action item that passed the field rules; a null status keeps the item's current one.</summary>
public sealed record ValidActionItem(Guid? Id, string Text, ActionOwner Owner, DateOnly? DueDate, ActionStatus? Status);
