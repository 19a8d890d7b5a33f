namespace MentorScheduler.Api.Core;

/// <summary>
/// What a feature keeps on sessions (discussion items, notes, action items), asked by whoever would remove a
/// session: a session with content stays in the record as cancelled instead. Each feature that owns such
/// content answers for its own tables.
/// </summary>
public interface ISessionContent
{
    /// <summary>Those of <paramref name="sessionIds"/> that carry this feature's content.</summary>
    Task<IReadOnlyCollection<Guid>> SessionsWithContentAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken ct);
}
