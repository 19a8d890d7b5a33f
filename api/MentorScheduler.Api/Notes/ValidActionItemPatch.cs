namespace MentorScheduler.Api.Notes;

/// <summary>A change that passed the field rules; null fields stay as they are.</summary>
public sealed record ValidActionItemPatch(string? Text, ActionOwner? Owner, bool ChangesDueDate, DateOnly? DueDate, ActionStatus? Status);
