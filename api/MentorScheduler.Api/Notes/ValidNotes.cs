namespace MentorScheduler.Api.Notes;

/// <summary>Notes that passed the field rules.</summary>
public sealed record ValidNotes(
    string MeetingNotes, string MentorAdvice, string MyActionPlan, string QuestionsForNextTime, IReadOnlyList<ValidActionItem> ActionItems);
