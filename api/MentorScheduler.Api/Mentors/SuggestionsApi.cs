using MentorScheduler.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Mentors;

/// <summary><c>GET /api/mentors/suggestions?count=5&amp;goals=…</c>: mentors for the caller, best first, with the reasons.</summary>
public static class SuggestionsApi
{
    public static void MapSuggestions(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/mentors/suggestions", Suggest)
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithTags("Mentors")
            .WithSummary("People who mentor, ranked for me and my goals, with the reasons; never my managers, current mentors, or anyone closed or full.");

    public static async Task<Results<Ok<IReadOnlyList<MentorSuggestionDto>>, ValidationProblem>> Suggest(
        string? count, string[]? goals, MentorSuggester suggester, CurrentUser user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var size = 5;
        if (count is not null && (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out size) || size is < 1 or > 20))
            errors["count"] = ["count is a whole number from 1 to 20."];
        var wanted = (goals ?? []).Select(g => g.Trim()).Where(g => g.Length > 0).ToList();
        if (wanted.Count > 10 || wanted.Any(g => g.Length > 500)) errors["goals"] = ["Give at most 10 goals of up to 500 characters each."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The suggestions asked for are not valid");
        return TypedResults.Ok(await suggester.SuggestAsync(user, wanted, size, ct));
    }
}
