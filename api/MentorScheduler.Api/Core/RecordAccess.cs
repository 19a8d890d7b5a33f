using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Core;

/// <summary>
/// Finds what the caller asks for by id, through <see cref="AccessRule"/>: a relationship or a session the
/// caller can see, with the caller's role in it, or null (which every endpoint answers with 404). What a role
/// may do is the endpoint's decision; a refusal is <see cref="Problems.Forbidden"/>.
/// </summary>
public sealed class RecordAccess(MentorSchedulerDb db, CurrentUser user)
{
    /// <summary>The relationships the caller can see, for lists.</summary>
    public IQueryable<Relationship> Visible() => db.Relationships.VisibleTo(user);

    public async Task<RelationshipAccess?> RelationshipAsync(Guid id, CancellationToken ct)
    {
        var relationship = await Visible().FirstOrDefaultAsync(r => r.Id == id, ct);
        return relationship is null ? null : new RelationshipAccess(relationship, AccessRule.RoleOf(relationship, user));
    }

    public async Task<SessionAccess?> SessionAsync(Guid id, Guid sessionId, CancellationToken ct)
    {
        var relationship = await Visible().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (relationship is null) return null;
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.RelationshipId == id, ct);
        return session is null ? null : new SessionAccess(relationship, session, AccessRule.RoleOf(relationship, user));
    }

    public static ProblemHttpResult RelationshipNotFound(Guid id) =>
        Problems.NotFound($"There is no relationship {id} that you can see.");

    public static ProblemHttpResult SessionNotFound(Guid sessionId) =>
        Problems.NotFound($"There is no session {sessionId} in a relationship you can see.");

    /// <summary>A program admin trying to write the record of a relationship they only read.</summary>
    public static ProblemHttpResult ReadOnly() =>
        Problems.Forbidden("Program admins read the record, they do not change it",
            "Only the mentee and the mentor write the record: notes, action items and agenda items. As a program admin you can read this record but not change it.",
            "readOnly");

    /// <summary>Someone other than the mentor answering what only the mentor answers.</summary>
    public static ProblemHttpResult OnlyTheMentor(Relationship r, string action) =>
        Problems.Forbidden($"Only the mentor can {action}",
            $"{r.MentorDisplayName} was asked to be the mentor, so only they can {action}.", "notMentor");

    /// <summary>A participant other than the mentee trying what only the mentee (the series' organiser) does.</summary>
    public static ProblemHttpResult OnlyTheMentee(Relationship r, string action, string? instead = null) =>
        Problems.Forbidden($"Only the mentee {action}s",
            $"{r.MenteeDisplayName} organises this series, so only they can {action} it." + (instead is null ? string.Empty : $" {instead}"),
            "notMentee");
}
