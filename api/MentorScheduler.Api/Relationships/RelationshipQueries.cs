using MentorScheduler.Api.Identity;

namespace MentorScheduler.Api.Relationships;

/// <summary>The one place that decides who sees a relationship: its mentee, its mentor and the tenant's admins.</summary>
public static class RelationshipQueries
{
    public static IQueryable<Relationship> VisibleTo(this IQueryable<Relationship> relationships, CurrentUser user)
    {
        var tenantId = user.TenantId;
        var inTenant = relationships.Where(r => r.TenantId == tenantId);
        if (user.IsProgramAdmin) return inTenant;
        var objectId = user.ObjectId;
        return inTenant.Where(r => r.MenteeId == objectId || r.MentorId == objectId);
    }
}
