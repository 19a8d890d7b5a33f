using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Mentors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Addin;

/// <summary><c>GET /api/people?search=</c>: the task pane's mentor search among the tenant's people (Graph <c>$search</c>).</summary>
public static class PeopleApi
{
    private const int MaxResults = 10;

    public static void MapPeople(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/people", Search)
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithTags("People")
            .WithSummary("People of the tenant with a word of their name, job title, department, office location or user name starting with the search text.");

    public static async Task<Results<Ok<List<PersonResultDto>>, ValidationProblem>> Search(
        string? search, PeopleDirectory directory, MentorProfiles profiles, MailboxWeeks weeks, CurrentUser user, CancellationToken ct)
    {
        var text = search?.Trim() ?? string.Empty;
        if (text.Length is < 1 or > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["search"] = ["Type 1 to 100 characters of a name, a job title, a department, an office or an email address."],
            });

        if (PeopleDirectory.SearchClause(text) is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["search"] = ["Type some letters of a name, a job title, a department or an office: quotes and backslashes alone find nobody."],
            });

        var found = (await directory.SearchAsync(text, MaxResults + 1, ct))
            .Where(p => !string.Equals(p.Id, user.ObjectId, StringComparison.OrdinalIgnoreCase))
            .Take(MaxResults)
            .ToList();
        // What the record knows of them as mentors (one query for all, no Graph): expertise, and whether they have room.
        var ids = found.Select(p => p.Id).ToList();
        var mentoring = await profiles.MentoringOfAsync(user.TenantId, ids, ct);
        // Their zones: one batch of mailbox settings for those not read within the hour (none when all are known).
        var zones = ids.Count == 0 ? [] : await weeks.OfAsync(user.TenantId, ids, ct);
        return TypedResults.Ok(found.Select(p =>
        {
            var known = mentoring.TryGetValue(p.Id, out var m);
            return new PersonResultDto(p.Upn, p.DisplayName, p.JobTitle, p.Department, p.OfficeLocation, zones.GetValueOrDefault(p.Id)?.Zone.Id,
                known ? m.Expertise : [], known ? m.Room : null);
        }).ToList());
    }
}
