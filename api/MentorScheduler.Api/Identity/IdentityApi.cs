using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Identity;

/// <summary><c>GET /api/me</c>, and in Simulated mode <c>POST /dev/token</c> for the demo users.</summary>
public static class IdentityApi
{
    public static void MapIdentity(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me", GetMe).RequireAuthorization(ApiPermissions.UserPolicy).WithTags("Identity");

    public static void MapDevTokens(this IEndpointRouteBuilder app) =>
        app.MapPost("/dev/token", IssueDevToken).WithTags("Simulated mode").AllowAnonymous();

    /// <summary>Who the caller is, as the API sees them, and whether their tenant's program admins read notes (for the pane to say who reads what).</summary>
    public static Ok<MeDto> GetMe(CurrentUser user, IOptions<PrivacyOptions> privacy) =>
        TypedResults.Ok(new MeDto(user.ObjectId, user.Upn, user.DisplayName, user.TenantId, user.Roles, privacy.Value.AdminsReadNotes));

    /// <summary>A one-hour token for a demo user of the simulated tenant.</summary>
    public static Results<Ok<DevTokenDto>, ValidationProblem, ProblemHttpResult> IssueDevToken(DevTokenRequest? request, LocalTokenIssuer issuer)
    {
        if (string.IsNullOrWhiteSpace(request?.Upn))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["upn"] = ["Give the user principal name of a demo user, for example adele.vance@contoso.example."],
            });

        var token = issuer.IssueFor(request.Upn);
        return token is null
            ? Problems.NotFound($"There is no demo user '{request.Upn}'. The simulated tenant's users are listed in README.md.")
            : TypedResults.Ok(new DevTokenDto(token, (int)LocalTokenIssuer.Lifetime.TotalSeconds));
    }
}
