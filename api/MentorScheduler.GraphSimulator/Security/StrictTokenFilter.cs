using MentorScheduler.GraphSimulator.Directory;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.GraphSimulator.Security;

/// <summary>
/// In strict-token mode, checks each v1.0 request's bearer token as Graph does and refuses with Graph's own
/// answers: 401 <c>InvalidAuthenticationToken</c> for a token Graph would not take, 403 for a token without
/// the permission the route needs (<c>Authorization_RequestDenied</c> on the directory, <c>ErrorAccessDenied</c>
/// on a mailbox), including a user's token on someone else's mailbox. Off when no <see cref="StrictTokenOptions"/>.
/// </summary>
public sealed class StrictTokenFilter(IServiceProvider services, SimulatedDirectory directory) : IEndpointFilter
{
    private readonly StrictTokenOptions? _options = (StrictTokenOptions?)services.GetService(typeof(StrictTokenOptions));
    private readonly JsonWebTokenHandler _handler = new();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_options is null) return await next(context);
        var http = context.HttpContext;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return Unauthorized("Access token is empty.");

        var result = await _handler.ValidateTokenAsync(header["Bearer ".Length..].Trim(), Parameters());
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
            return Unauthorized(result.Exception switch
            {
                SecurityTokenInvalidAudienceException => "Access token validation failure. Invalid audience.",
                SecurityTokenExpiredException => "Lifetime validation failed, the token is expired.",
                SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "Access token validation failure: the signature is invalid.",
                SecurityTokenInvalidIssuerException => "Access token validation failure. Invalid issuer.",
                _ => "Access token validation failure.",
            });

        var method = http.Request.Method.ToUpperInvariant();
        var template = Relative((http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? string.Empty);
        var expand = http.Request.Query.FirstOrDefault(q => q.Key.TrimStart('$') == "expand" || q.Key == "%24expand").Value.ToString();
        var need = GraphPermissionTable.For(method, template, expand.Contains("manager", StringComparison.OrdinalIgnoreCase));
        if (need is null) return await next(context);

        var scopes = Claim(token, "scp").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var roles = token.Claims.Where(c => c.Type == "roles").Select(c => c.Value).ToList();
        var isApp = scopes.Length == 0;
        var key = http.Request.RouteValues.TryGetValue("key", out var k) ? Uri.UnescapeDataString(k?.ToString() ?? string.Empty) : null;
        var own = key is not null && directory.Find(key) is { } target && string.Equals(target.Id, Claim(token, "oid"), StringComparison.OrdinalIgnoreCase);

        if (isApp)
        {
            if (!roles.Intersect(need.Application, StringComparer.Ordinal).Any()) return Denied(need, template, $"the application has none of {string.Join(", ", need.Application)}");
        }
        else
        {
            var granted = need.Delegated.Where(p => p != need.OwnProfileScope || own);
            if (!scopes.Intersect(granted, StringComparer.Ordinal).Any()) return Denied(need, template, $"the token has none of {string.Join(", ", need.Delegated)}");
            if (need.OwnMailbox && !own) return Denied(need, template, "a user's token reaches only their own mailbox");
        }
        return await next(context);
    }

    private TokenValidationParameters Parameters() => new()
    {
        IssuerSigningKeys = _options!.SigningKeys,
        ValidAudiences = _options.Audiences,
        ValidateIssuer = true,
        IssuerValidator = (issuer, token, _) =>
        {
            var tid = token is JsonWebToken jwt ? Claim(jwt, "tid") : string.Empty;
            if (tid.Length > 0 && _options.IssuerTemplates.Any(t => string.Equals(t.Replace("{tenantid}", tid, StringComparison.Ordinal), issuer, StringComparison.Ordinal)))
                return issuer;
            throw new SecurityTokenInvalidIssuerException("The issuer is not the token's tenant at the identity provider.");
        },
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromMinutes(5),
        LifetimeValidator = (notBefore, expires, _, p) =>
        {
            var now = _options.TokenClock.GetUtcNow().UtcDateTime;
            if (expires is null || now >= expires.Value + p.ClockSkew) throw new SecurityTokenExpiredException("The token is expired.");
            return notBefore is null || notBefore.Value - p.ClockSkew <= now;
        },
    };

    private static string Claim(JsonWebToken token, string type) => token.TryGetPayloadValue<string>(type, out var value) ? value ?? string.Empty : string.Empty;

    private static IResult Unauthorized(string message) =>
        GraphErrors.Error(StatusCodes.Status401Unauthorized, "InvalidAuthenticationToken", message);

    private static IResult Denied(GraphPermissionTable.Requirement need, string template, string why) => need.OwnMailbox
        ? GraphErrors.Error(StatusCodes.Status403Forbidden, "ErrorAccessDenied", $"Access is denied. Check credentials and try again. ({why}; {template})")
        : GraphErrors.Error(StatusCodes.Status403Forbidden, "Authorization_RequestDenied", $"Insufficient privileges to complete the operation. ({why}; {template})");

    private static string Relative(string pattern)
    {
        var at = pattern.IndexOf(ServiceRoot.Version + "/", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? pattern : pattern[(at + ServiceRoot.Version.Length)..];
    }
}
