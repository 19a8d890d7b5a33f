namespace MentorScheduler.Api.Notes;

/// <summary>
/// One saved version of a session's notes, in the sections of a mentee's binder. Versions are only ever added:
/// the latest is the current notes, the earlier ones are the history, so an overwrite never loses text.
/// The key (session, version) is also the write guard: two saves of the same next version cannot both succeed.
/// </summary>
public sealed class SessionNoteVersion
{
    public Guid SessionId { get; init; }

    /// <summary>1 for the first save, then one more for each save.</summary>
    public int Version { get; init; }

    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }

    public required string MeetingNotes { get; init; }
    public required string MentorAdvice { get; init; }
    public required string MyActionPlan { get; init; }
    public required string QuestionsForNextTime { get; init; }

    /// <summary>The session's action items as this save left them (JSON of <see cref="ActionItemSnapshot"/>).</summary>
    public required string ActionItems { get; init; }

    public required string AuthorId { get; init; }
    public required string AuthorUpn { get; init; }
    public required string AuthorName { get; init; }
    public DateTimeOffset SavedAt { get; init; }
}
