using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Mentors;

/// <summary>The profile rules a proposal must pass, and the tenant's expertise tags.</summary>
public sealed class MentorProfiles(MentorSchedulerDb db)
{
    private static readonly RelationshipStatus[] Open = [RelationshipStatus.Proposed, RelationshipStatus.Agreed, RelationshipStatus.Invited, RelationshipStatus.Active];

    public Task<MentorProfile?> OfAsync(string tenantId, string userId, CancellationToken ct) =>
        db.MentorProfiles.AsNoTracking().FirstOrDefaultAsync(p => p.TenantId == tenantId && p.UserId == userId, ct);

    /// <summary>How many mentees this person has now as a mentor: their proposed, agreed, booked and active relationships.</summary>
    public Task<int> OpenMenteesAsync(string tenantId, string mentorId, CancellationToken ct) =>
        db.Relationships.CountAsync(r => r.TenantId == tenantId && r.MentorId == mentorId && Open.Contains(r.Status), ct);

    /// <summary>
    /// Why this person cannot be proposed as a mentor now, or null: their profile says they are not open to mentoring,
    /// or they already have as many mentees as it allows. Without a profile, nothing stops a proposal.
    /// </summary>
    public async Task<(string Title, string Detail, string Code)?> RefusalAsync(string tenantId, string mentorId, string displayName, CancellationToken ct)
    {
        if (await OfAsync(tenantId, mentorId, ct) is not { } profile) return null;
        if (!profile.OpenToMentoring)
            return ("Not open to mentoring",
                $"{displayName} is not taking mentees at the moment: their mentor profile says so. Choose someone else, or ask them in person whether that may change.",
                "notOpenToMentoring");
        var mentees = await OpenMenteesAsync(tenantId, mentorId, ct);
        if (mentees >= profile.MaxMentees)
            return ("The mentor has no room",
                $"{displayName} already has {mentees} mentee{(mentees == 1 ? "" : "s")}, the most they take at once ({profile.MaxMentees}). Choose someone else, or ask them later.",
                "mentorFull");
        return null;
    }

    /// <summary>For each of these people with a profile: their expertise and their room (open, full or closed). Two queries, whatever the count.</summary>
    public async Task<Dictionary<string, (List<string> Expertise, string Room)>> MentoringOfAsync(string tenantId, List<string> userIds, CancellationToken ct)
    {
        var found = await db.MentorProfiles.AsNoTracking().Where(p => p.TenantId == tenantId && userIds.Contains(p.UserId)).ToListAsync(ct);
        if (found.Count == 0) return [];
        var ids = found.Select(p => p.UserId).ToList();
        var mentees = await db.Relationships.AsNoTracking()
            .Where(r => r.TenantId == tenantId && ids.Contains(r.MentorId) && Open.Contains(r.Status))
            .GroupBy(r => r.MentorId).Select(g => new { MentorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.MentorId, x => x.Count, ct);
        return found.ToDictionary(p => p.UserId, p => (p.Expertise,
            !p.OpenToMentoring ? "closed" : mentees.GetValueOrDefault(p.UserId) >= p.MaxMentees ? "full" : "open"));
    }

    /// <summary>The tenant's expertise tags by how many profiles carry them (as written by the first to use each), at most <paramref name="count"/>.</summary>
    public async Task<List<string>> MostUsedExpertiseAsync(string tenantId, int count, CancellationToken ct)
    {
        var lists = await db.MentorProfiles.AsNoTracking().Where(p => p.TenantId == tenantId && p.OpenToMentoring).Select(p => p.Expertise).ToListAsync(ct);
        return lists.SelectMany(tags => tags.Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(tag => tag, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase)
            .Take(count).Select(g => g.First()).ToList();
    }
}
