using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Notes;

/// <summary>One entry of a session's notes history.</summary>
public sealed record NoteVersionSummaryDto(int Version, PersonDto Author, DateTimeOffset SavedAt)
{
    public static NoteVersionSummaryDto From(SessionNoteVersion v) => new(v.Version, new PersonDto(v.AuthorUpn, v.AuthorName), v.SavedAt);
}
