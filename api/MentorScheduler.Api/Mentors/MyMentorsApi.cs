using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Mentors;

/// <summary>
/// <c>GET /api/me/mentors</c> (issue 18, "My set of mentors"): the caller's current and past mentors with their level,
/// function and expertise, so a mentee sees the spread (DOMAIN.md: a set of mentors at different levels and in
/// different areas). From the record alone: the mentor's title and department as the directory gave them at the
/// proposal, and their profile's expertise; no Graph call.
/// </summary>
public static class MyMentorsApi
{
    private static readonly RelationshipStatus[] Counted =
        [RelationshipStatus.Proposed, RelationshipStatus.Agreed, RelationshipStatus.Invited, RelationshipStatus.Active, RelationshipStatus.Ended];

    public static void MapMyMentors(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/mentors", Get)
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithTags("Mentors")
            .WithSummary("My current and past mentors with their level, function and expertise, and a prompt when they are all alike.");

    public static async Task<Ok<MyMentorsDto>> Get(MentorSchedulerDb db, CurrentUser user, CancellationToken ct)
    {
        var relationships = await db.Relationships.AsNoTracking()
            .Where(r => r.TenantId == user.TenantId && r.MenteeId == user.ObjectId && Counted.Contains(r.Status))
            .Select(r => new { r.Id, r.MentorId, r.MentorUpn, r.MentorDisplayName, r.MentorJobTitle, r.MentorDepartment, r.Status, r.CreatedAt, r.AnsweredAt, r.EndedAt })
            .ToListAsync(ct);
        // One entry per mentor: the open relationship if there is one, else the latest.
        var latest = relationships
            .GroupBy(r => r.MentorId, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderByDescending(r => r.Status != RelationshipStatus.Ended).ThenByDescending(r => r.CreatedAt).First())
            .ToList();
        var ids = latest.Select(r => r.MentorId).ToList();
        var expertise = await db.MentorProfiles.AsNoTracking()
            .Where(p => p.TenantId == user.TenantId && ids.Contains(p.UserId))
            .ToDictionaryAsync(p => p.UserId, p => p.Expertise, StringComparer.OrdinalIgnoreCase, ct);

        var mentors = latest
            .Select(r => new MyMentorDto(r.MentorUpn, r.MentorDisplayName, r.MentorJobTitle, r.MentorDepartment,
                r.MentorJobTitle is null ? null : CareerLevel.Of(r.MentorJobTitle), expertise.GetValueOrDefault(r.MentorId) ?? [],
                r.Id, r.Status, r.Status != RelationshipStatus.Ended, r.AnsweredAt ?? r.CreatedAt, r.EndedAt))
            .OrderByDescending(m => m.Current).ThenByDescending(m => m.EndedAt ?? m.Since).ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)
            .ToList();
        return TypedResults.Ok(new MyMentorsDto(mentors, Prompt(mentors)));
    }

    /// <summary>A nudge towards a wider set when every mentor is in one function or at one level (or there is only one).</summary>
    public static string? Prompt(IReadOnlyList<MyMentorDto> mentors)
    {
        if (mentors.Count == 0) return null;
        if (mentors.Count == 1)
            return $"{mentors[0].DisplayName} is your only mentor so far. A second mentor from another function or at another level would add a view they cannot give: " +
                "try Suggest mentors in New relationship.";
        var departments = mentors.Select(m => m.Department).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var levels = mentors.Select(m => m.Level).Distinct().ToList();
        var oneFunction = departments is [{ } department] ? department : null;
        var oneLevel = levels is [{ } level] ? level : null;
        return (oneFunction, oneLevel) switch
        {
            ({ } d, { } l) => $"All your mentors work in {d}, at the {l} level. Someone from another function, or a peer or a more senior mentor, would widen your view: " +
                "try Suggest mentors in New relationship.",
            ({ } d, null) => $"All your mentors work in {d}. Someone from another function would widen your view: try Suggest mentors in New relationship.",
            (null, { } l) => $"All your mentors are at the {l} level. A peer, or someone more or less senior, would add another view: try Suggest mentors in New relationship.",
            _ => null,
        };
    }
}
