using MentorScheduler.Api.Identity;

namespace MentorScheduler.Api.Core;

/// <summary>
/// The one rule of who sees a relationship and as whom: its mentee, its mentor, and the tenant's program
/// admins. Anyone else, and anyone in another tenant, is nobody to it.
/// </summary>
public static class AccessRule
{
    public static IQueryable<Relationship> VisibleTo(this IQueryable<Relationship> relationships, CurrentUser user)
    {
        var tenantId = user.TenantId;
        var inTenant = relationships.Where(r => r.TenantId == tenantId);
        if (user.IsProgramAdmin) return inTenant;
        var objectId = user.ObjectId;
        // Two index lookups joined (UNION ALL) rather than one OR, which SQLite's planner answers with a scan of
        // the tenant while its statistics are missing or old. Nobody mentors themselves, so no row is in both.
        return inTenant.Where(r => r.MenteeId == objectId).Concat(inTenant.Where(r => r.MentorId == objectId));
    }

    /// <summary>The relationships the caller is the mentee or the mentor of (not those an admin merely reads).</summary>
    public static IQueryable<Relationship> TakenPartInBy(this IQueryable<Relationship> relationships, CurrentUser user)
    {
        var tenantId = user.TenantId;
        var objectId = user.ObjectId;
        return relationships.Where(r => r.TenantId == tenantId && (r.MenteeId == objectId || r.MentorId == objectId));
    }

    /// <summary>Who the caller is to this relationship; a participant who is also an admin counts as the participant.</summary>
    public static RelationshipRole RoleOf(Relationship relationship, CurrentUser user)
    {
        if (relationship.TenantId != user.TenantId) return RelationshipRole.Nobody;
        if (relationship.MenteeId == user.ObjectId) return RelationshipRole.Mentee;
        if (relationship.MentorId == user.ObjectId) return RelationshipRole.Mentor;
        return user.IsProgramAdmin ? RelationshipRole.Admin : RelationshipRole.Nobody;
    }
}
