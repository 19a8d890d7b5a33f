using System.Text.Json;

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

/// <summary>How snapshots of action items are stored inside a notes version.</summary>
internal static class NoteJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
