using MentorScheduler.Api.Core;
using System.Text.Json;
using MentorScheduler.Api.Scheduling;

namespace MentorScheduler.Api.Notes;

/// <summary>
/// The body of <c>PUT .../notes</c>: Markdown in the four binder sections (an absent section is empty) and the
/// session's action items (those with an <c>id</c> are updated, those without are created).
/// </summary>
public sealed record NotesRequest(
    string? MeetingNotes,
    string? MentorAdvice,
    string? MyActionPlan,
    string? QuestionsForNextTime,
    IReadOnlyList<ActionItemInput?>? ActionItems);

/// <summary>An action item as a client sends it. <c>dueDate</c> is yyyy-MM-dd; <c>status</c> open or done.</summary>
public sealed record ActionItemInput(Guid? Id, string? Text, string? Owner, string? DueDate, string? Status);

/// <summary>
/// The body of <c>PATCH .../action-items/{itemId}</c>: only the fields present change; <c>"dueDate": null</c>
/// removes the due date.
/// </summary>
public sealed record ActionItemPatch(string? Text, string? Owner, JsonElement DueDate, string? Status);

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

/// <summary>An action item as API.md describes it, with when it was set and done.</summary>
public sealed record ActionItemDto(
    Guid Id, string Text, ActionOwner Owner, DateOnly? DueDate, ActionStatus Status, Guid SessionId,
    DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt)
{
    public static ActionItemDto From(ActionItem a) =>
        new(a.Id, a.Text, a.Owner, a.DueDate, a.Status, a.SessionId, a.CreatedAt, a.CompletedAt);
}

/// <summary>One entry of a session's notes history.</summary>
public sealed record NoteVersionSummaryDto(int Version, PersonDto Author, DateTimeOffset SavedAt)
{
    public static NoteVersionSummaryDto From(SessionNoteVersion v) => new(v.Version, new PersonDto(v.AuthorUpn, v.AuthorName), v.SavedAt);
}

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

/// <summary>How snapshots of action items are stored inside a notes version.</summary>
internal static class NoteJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
