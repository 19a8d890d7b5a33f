using System.Security.Claims;

namespace MentorScheduler.Api.Identity;

/// <summary>The caller of this request, read once from the validated token's claims.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    private ClaimsPrincipal Principal =>
        accessor.HttpContext?.User ?? throw new InvalidOperationException("CurrentUser is only available during a request.");

    /// <summary>The Entra tenant (<c>tid</c>); every row and query is scoped by it.</summary>
    public string TenantId => Require("tid");

    /// <summary>The user's object id (<c>oid</c>) in that tenant.</summary>
    public string ObjectId => Require("oid");

    public string Upn => Principal.FindFirstValue("preferred_username") ?? Principal.FindFirstValue("upn") ?? string.Empty;

    public string DisplayName => Principal.FindFirstValue("name") ?? Upn;

    public IReadOnlyList<string> Roles => Principal.FindAll("roles").Select(c => c.Value).ToList();

    public bool IsProgramAdmin => Principal.HasClaim("roles", ApiPermissions.AdminRole);

    private string Require(string claim) =>
        Principal.FindFirstValue(claim) ?? throw new InvalidOperationException($"The token has no '{claim}' claim.");
}
