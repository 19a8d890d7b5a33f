using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.Api.Identity;

/// <summary>
/// Multi-tenant issuer check for Entra v2 tokens: the issuer must be the v2 issuer of the tenant named by
/// the token's own <c>tid</c>, and that tenant must be allowed. Works offline, unlike AadIssuerValidator.
/// </summary>
public static class EntraIssuerValidator
{
    public static IssuerValidator Create(EntraOptions options)
    {
        var allowed = options.AllowedTenants.Select(t => t.Trim()).Where(t => t.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var instance = options.Instance.TrimEnd('/');
        return (issuer, token, parameters) =>
        {
            var tenantId = token is JsonWebToken jwt && jwt.TryGetPayloadValue<string>("tid", out var tid) ? tid : null;
            if (string.IsNullOrEmpty(tenantId) || !Guid.TryParse(tenantId, out _))
                throw new SecurityTokenInvalidIssuerException("The token carries no tenant id (tid).");
            if (!string.Equals(issuer, $"{instance}/{tenantId}/v2.0", StringComparison.Ordinal))
                throw new SecurityTokenInvalidIssuerException("The issuer does not belong to the token's tenant, or the token is not a v2 token.");
            if (allowed.Count > 0 && !allowed.Contains(tenantId))
                throw new SecurityTokenInvalidIssuerException("The token's tenant is not allowed to use this API.");
            return issuer;
        };
    }
}
