using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Relationships;

/// <summary>A session of a relationship the caller can see, and whether the caller may change its record.</summary>
public sealed record SessionAccess(Relationship Relationship, Session Session, bool CanWrite);

/// <summary>
/// Who may read and write the record. Seeing follows <see cref="RelationshipQueries.VisibleTo"/> (mentee, mentor,
/// the tenant's program admins; anyone else gets 404). Writing is for the mentee and the mentor only: program
/// admins see everything and change no one's notes (403).
/// </summary>
public static class RecordAccess
{
    public static Task<Relationship?> RelationshipAsync(MentorSchedulerDb db, CurrentUser user, Guid id, CancellationToken ct) =>
        db.Relationships.VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, ct);

    public static async Task<SessionAccess?> SessionAsync(MentorSchedulerDb db, CurrentUser user, Guid id, Guid sessionId, CancellationToken ct)
    {
        var relationship = await RelationshipAsync(db, user, id, ct);
        if (relationship is null) return null;
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId && s.RelationshipId == id, ct);
        return session is null ? null : new SessionAccess(relationship, session, CanWrite(relationship, user));
    }

    public static bool CanWrite(Relationship relationship, CurrentUser user) => relationship.Involves(user.ObjectId);

    public static ProblemHttpResult RelationshipNotFound(Guid id) =>
        Problems.NotFound($"There is no relationship {id} that you can see.");

    public static ProblemHttpResult SessionNotFound(Guid sessionId) =>
        Problems.NotFound($"There is no session {sessionId} in a relationship you can see.");

    public static ProblemHttpResult ReadOnly() =>
        Problems.Create(StatusCodes.Status403Forbidden, "Program admins read the record, they do not change it",
            "Only the mentee and the mentor write notes and action items. As a program admin you can read this record but not change it.",
            "readOnly");
}
