using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Addin;

/// <summary><c>GET /api/people?search=</c>: the task pane's mentor search among the tenant's people.</summary>
public static class PeopleApi
{
    private const int MaxResults = 10;
    private static readonly string[] Fields = ["id", "displayName", "userPrincipalName", "mail", "jobTitle"];

    public static void MapPeople(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/people", Search)
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithTags("People")
            .WithSummary("People of the tenant whose name or user principal name starts with the search text.");

    public static async Task<Results<Ok<List<PersonResultDto>>, ValidationProblem>> Search(
        string? search, IGraphClients graph, CurrentUser user, CancellationToken ct)
    {
        var text = search?.Trim() ?? string.Empty;
        if (text.Length is < 1 or > 100)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["search"] = ["Type 1 to 100 characters of a name or an email address."],
            });

        var users = await graph.ForCurrentUser().Users.GetAsync(rc =>
        {
            rc.QueryParameters.Filter = StartsWithFilter(text);
            rc.QueryParameters.Select = Fields;
            rc.QueryParameters.Top = MaxResults + 1;
        }, ct);

        var people = (users?.Value ?? [])
            .Select(DirectoryPerson.From)
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
