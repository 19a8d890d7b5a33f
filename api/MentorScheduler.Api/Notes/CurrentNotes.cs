namespace MentorScheduler.Api.Notes;

/// <summary>The current notes of a session: the latest version (null before the first save), the items and the ETag.</summary>
public sealed record CurrentNotes(Guid SessionId, SessionNoteVersion? Latest, List<ActionItem> Items, string ETag)
{
    public int Version => Latest?.Version ?? 0;
}
