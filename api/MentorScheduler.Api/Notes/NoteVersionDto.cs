using System.Text.Json;
using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Notes;

/// <summary>One saved version of a session's notes in full, with the action items as that save left them.</summary>
public sealed record NoteVersionDto(
    int Version,
    PersonDto Author,
    DateTimeOffset SavedAt,
    string MeetingNotes,
    string MeetingNotesHtml,
    string MentorAdvice,
    string MentorAdviceHtml,
    string MyActionPlan,
    string MyActionPlanHtml,
    string QuestionsForNextTime,
    string QuestionsForNextTimeHtml,
    IReadOnlyList<ActionItemSnapshot> ActionItems)
{
    public static NoteVersionDto From(SessionNoteVersion v) => new(
        v.Version,
        new PersonDto(v.AuthorUpn, v.AuthorName),
        v.SavedAt,
        v.MeetingNotes, NotesMarkdown.ToHtml(v.MeetingNotes),
        v.MentorAdvice, NotesMarkdown.ToHtml(v.MentorAdvice),
        v.MyActionPlan, NotesMarkdown.ToHtml(v.MyActionPlan),
        v.QuestionsForNextTime, NotesMarkdown.ToHtml(v.QuestionsForNextTime),
        JsonSerializer.Deserialize<List<ActionItemSnapshot>>(v.ActionItems, NoteJson.Options) ?? []);
}
