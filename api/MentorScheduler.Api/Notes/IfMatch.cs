namespace MentorScheduler.Api.Notes;

/// <summary>The outcome of comparing an <c>If-Match</c> header with the current ETag.</summary>
public enum IfMatch
{
    Absent,
    Matches,
    Stale,
}
