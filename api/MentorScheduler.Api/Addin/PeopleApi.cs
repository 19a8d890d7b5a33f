using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Addin;

/// <summary><c>GET /api/people?search=</c>: the task pane's mentor search among the tenant's people.</summary>
public static class PeopleApi
{
    private const int MaxResults = 10;

    public static void MapPeople(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/people", Search)
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithTags("People")
            .WithSummary("People of the tenant whose name or user principal name starts with the search text.");

    public static async Task<Results<Ok<List<PersonResultDto>>, ValidationProblem>> Search(
        string? search, PeopleDirectory directory, CurrentUser user, CancellationToken ct)
    {
        var text = search?.Trim() ?? string.Empty;
        if (text.Length is < 1 or > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["search"] = ["Type 1 to 100 characters of a name or an email address."],
            });

        var people = (await directory.SearchAsync(StartsWithFilter(text), MaxResults + 1, ct))
            .Where(p => !string.Equals(p.Id, user.ObjectId, StringComparison.OrdinalIgnoreCase))
            .Take(MaxResults)
            .Select(p => new PersonResultDto(p.Upn, p.DisplayName, p.JobTitle))
            .ToList();
        return TypedResults.Ok(people);
    }

    /// <summary>An OData filter on display name or UPN; quotes are doubled as OData string literals require.</summary>
    public static string StartsWithFilter(string text)
    {
        var literal = text.Replace("'", "''", StringComparison.Ordinal);
        return $"startswith(displayName,'{literal}') or startswith(userPrincipalName,'{literal}')";
    }
}
