using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Notes;

/// <summary>A session's notes: each section's Markdown with its rendered HTML, and the session's action items.</summary>
public sealed record NotesDto(
    Guid SessionId,
    int Version,
    string MeetingNotes,
    string MeetingNotesHtml,
    string MentorAdvice,
    string MentorAdviceHtml,
    string MyActionPlan,
    string MyActionPlanHtml,
    string QuestionsForNextTime,
    string QuestionsForNextTimeHtml,
    IReadOnlyList<ActionItemDto> ActionItems,
    DateTimeOffset? UpdatedAt,
    PersonDto? UpdatedBy)
{
    public static NotesDto From(Guid sessionId, SessionNoteVersion? notes, IEnumerable<ActionItem> items) => new(
        sessionId,
        notes?.Version ?? 0,
        notes?.MeetingNotes ?? string.Empty,
        NotesMarkdown.ToHtml(notes?.MeetingNotes),
        notes?.MentorAdvice ?? string.Empty,
        NotesMarkdown.ToHtml(notes?.MentorAdvice),
        notes?.MyActionPlan ?? string.Empty,
        NotesMarkdown.ToHtml(notes?.MyActionPlan),
        notes?.QuestionsForNextTime ?? string.Empty,
        NotesMarkdown.ToHtml(notes?.QuestionsForNextTime),
        items.OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).Select(ActionItemDto.From).ToList(),
        notes?.SavedAt,
        notes is null ? null : new PersonDto(notes.AuthorUpn, notes.AuthorName));
}
