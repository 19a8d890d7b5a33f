using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.Api.Identity;

/// <summary>JwtBearer on every API call: the local issuer's tokens when simulated, Entra v2 tokens when live.</summary>
public static class IdentitySetup
{
    public static IServiceCollection AddTokenAuthentication(this IServiceCollection services, GraphMode mode)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddOptions<EntraOptions>().BindConfiguration(EntraOptions.Section);
        services.AddSingleton<IValidateOptions<EntraOptions>>(new EntraOptionsValidator(mode));
        services.AddOptions<EntraOptions>().ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        var bearer = services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme);
        if (mode == GraphMode.Simulated)
        {
            services.AddSingleton<LocalTokenIssuer>();
            bearer.Configure<LocalTokenIssuer, TimeProvider>((options, issuer, clock) =>
                Apply(options, clock, new TokenValidationParameters
                {
                    ValidIssuer = LocalTokenIssuer.Issuer,
                    ValidAudience = LocalTokenIssuer.Audience,
                    IssuerSigningKey = issuer.SigningKey,
                }));
        }
        else
        {
            bearer.Configure<IOptions<EntraOptions>, TimeProvider>((options, entra, clock) =>
            {
                var app = entra.Value;
                options.Authority = $"{app.Instance.TrimEnd('/')}/organizations/v2.0";
                Apply(options, clock, new TokenValidationParameters
                {
                    ValidAudiences = [app.ClientId, $"api://{app.ClientId}"],
                    IssuerValidator = EntraIssuerValidator.Create(app),
                });
            });
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPermissions.UserPolicy, policy => RequireUser(policy))
            // A program admin is first a signed-in user of the pane (the scope), then holds the app role.
            .AddPolicy(ApiPermissions.AdminPolicy, policy => RequireUser(policy).RequireRole(ApiPermissions.AdminRole));
        return services;
    }

    /// <summary>A user's delegated token: a tenant, an object id and the API's scope.</summary>
    private static AuthorizationPolicyBuilder RequireUser(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser()
            .RequireClaim("tid")
            .RequireClaim("oid")
            .RequireAssertion(c => c.User.FindAll("scp")
                .SelectMany(s => s.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Contains(ApiPermissions.Scope, StringComparer.Ordinal));

    private static void Apply(JwtBearerOptions options, TimeProvider clock, TokenValidationParameters parameters)
    {
        options.MapInboundClaims = false;
        parameters.NameClaimType = "name";
        parameters.RoleClaimType = "roles";
        parameters.ValidateIssuerSigningKey = true;
        parameters.RequireExpirationTime = true;
        parameters.ClockSkew = TimeSpan.FromMinutes(2);
        // Lifetimes are judged by the injected clock, so the dev clock and tests see one notion of now.
        parameters.LifetimeValidator = (notBefore, expires, _, p) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore.Value - p.ClockSkew <= now)
                && expires is not null && now < expires.Value + p.ClockSkew;
        };
        options.TokenValidationParameters = parameters;
    }
}
