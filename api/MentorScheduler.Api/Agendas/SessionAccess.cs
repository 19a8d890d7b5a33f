using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Relationships;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>Finds a session the caller may see, through the one visibility rule of relationships.</summary>
public static class SessionAccess
{
    public static async Task<(Relationship? Relationship, Session? Session)> FindAsync(
        MentorSchedulerDb db, CurrentUser user, Guid id, Guid sessionId, CancellationToken ct)
    {
        var relationship = await db.Relationships.VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (relationship is null) return (null, null);
        var session = await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.RelationshipId == id, ct);
        return (relationship, session);
    }

    public static bool IsParticipant(this Relationship r, CurrentUser user) => r.Involves(user.ObjectId);
}
