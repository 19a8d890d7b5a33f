using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.GraphSimulator.Security;

/// <summary>
/// Strict-token mode: every v1.0 request must carry a bearer token that Microsoft Graph itself would take:
/// signed by the identity provider's keys, issued for a tenant, for Graph's audience, unexpired by the
/// simulator's clock, and holding the permission the route needs (<see cref="GraphPermissionTable"/>):
/// delegated scopes (<c>scp</c>) on calls made for a user, application roles (<c>roles</c>) on app-only calls.
/// Without these options the simulator takes any request, as the embedded Simulated mode needs.
/// </summary>
public sealed class StrictTokenOptions
{
    /// <summary>The identity provider's signing keys (Entra's JWKS).</summary>
    public IList<SecurityKey> SigningKeys { get; } = [];

    /// <summary>Issuers with <c>{tenantid}</c> where the token's tenant goes, e.g. <c>https://login.microsoftonline.com/{tenantid}/v2.0</c>.</summary>
    public IList<string> IssuerTemplates { get; } = [];

    /// <summary>
    /// The clock token lifetimes are judged by: the wall clock, as Graph does, even when the simulator's
    /// calendars follow a test's clock (token caches such as MSAL's expire tokens by the wall clock).
    /// </summary>
    public TimeProvider TokenClock { get; set; } = TimeProvider.System;

    /// <summary>Graph's audiences: its URI and its application id.</summary>
    public IList<string> Audiences { get; } = ["https://graph.microsoft.com", "00000003-0000-0000-c000-000000000000"];
}
