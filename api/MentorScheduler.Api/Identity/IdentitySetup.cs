using MentorScheduler.Api.Data;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.TokenCacheProviders;
using Microsoft.Identity.Web.TokenCacheProviders.Distributed;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.Api.Identity;

/// <summary>
/// Bearer tokens on every API call, through the same policies in both modes: in Live mode Entra ID v2 tokens
/// validated by Microsoft.Identity.Web (multi-tenant, issuer bound to the token's tenant, audience the client
/// id), with its token acquisition for Graph (on-behalf-of for the caller, app-only per tenant for background
/// work) and a token cache in the app's database, encrypted by Data Protection whose keys live there too; in
/// Simulated mode the local issuer's tokens.
/// </summary>
public static class IdentitySetup
{
    /// <summary>The one HttpClient (by name) for everything that talks to Entra: metadata, keys and token requests.</summary>
    public const string EntraHttpClient = "MentorScheduler.Entra";

    public static IServiceCollection AddTokenAuthentication(this IServiceCollection services, IConfiguration configuration, GraphMode mode)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddOptions<AzureAdOptions>().BindConfiguration(AzureAdOptions.Section);
        services.AddSingleton<IValidateOptions<AzureAdOptions>>(new AzureAdOptionsValidator(mode, configuration));
        services.AddOptions<AzureAdOptions>().ValidateOnStart();
        // Keys for everything the app protects (the token cache first of all), shared by instances through the database.
        services.AddDataProtection().SetApplicationName("MentorScheduler").PersistKeysToDbContext<MentorSchedulerDb>();

        if (mode == GraphMode.Simulated)
            AddLocalIssuer(services);
        else
            AddEntra(services, configuration);

        services.AddAuthorizationBuilder()
            .AddPolicy(ApiPermissions.UserPolicy, policy => RequireUser(policy))
            // A program admin is first a signed-in user of the pane (the scope), then holds the app role.
            .AddPolicy(ApiPermissions.AdminPolicy, policy => RequireUser(policy).RequireRole(ApiPermissions.AdminRole));
        return services;
    }

    private static void AddLocalIssuer(IServiceCollection services)
    {
        services.AddSingleton<LocalTokenIssuer>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<LocalTokenIssuer, TimeProvider>((options, issuer, clock) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = LocalTokenIssuer.Issuer,
                ValidAudience = LocalTokenIssuer.Audience,
                IssuerSigningKey = issuer.SigningKey,
            };
            Harden(options.TokenValidationParameters, clock);
        });
    }

    private static void AddEntra(IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpClient(EntraHttpClient);
        services.AddExceptionHandler<TokenAcquisitionExceptionHandler>();
        // MSAL's token requests (and its instance discovery) go through the named client, like the metadata reads.
        services.AddSingleton<IMsalHttpClientFactory, EntraHttpClientFactory>();
        services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = EntraHttpClient);

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration, AzureAdOptions.Section, JwtBearerDefaults.AuthenticationScheme)
            .EnableTokenAcquisitionToCallDownstreamApi()
            .AddDistributedTokenCaches();
        // Token acquisition registers an in-memory token cache first, which AddDistributedTokenCaches (TryAdd) leaves in place.
        services.RemoveAll<IMsalTokenCacheProvider>();
        services.AddSingleton<IMsalTokenCacheProvider, MsalDistributedTokenCacheAdapter>();
        services.AddSingleton<Microsoft.Extensions.Caching.Distributed.IDistributedCache, DatabaseDistributedCache>();
        services.Configure<MsalDistributedTokenCacheAdapterOptions>(o =>
        {
            // Tokens are written to the shared store only encrypted, with the Data Protection keys above.
            o.Encrypt = true;
            o.DisableL1Cache = false;
            // Written before the request goes on, so another instance finds the token at once.
            o.EnableAsyncL2Write = false;
        });

        // Before JwtBearer's own post-configuration builds its metadata reader on the backchannel.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, http) => options.Backchannel = http.CreateClient(EntraHttpClient));
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IOptions<AzureAdOptions>, TimeProvider>((options, azureAd, clock) =>
            {
                options.MapInboundClaims = false;
                Harden(options.TokenValidationParameters, clock);
                var allowed = azureAd.Value.AllowedTenants.Select(t => t.Trim()).Where(t => t.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
                options.Events ??= new JwtBearerEvents();
                var validated = options.Events.OnTokenValidated;
                options.Events.OnTokenValidated = async context =>
                {
                    var tenant = context.Principal?.FindFirst("tid")?.Value;
                    if (allowed.Count > 0 && (tenant is null || !allowed.Contains(tenant)))
                    {
                        context.Fail("The token's tenant is not allowed to use this API (AzureAd:AllowedTenants).");
                        return;
                    }
                    await validated(context);
                };
            });
    }

    /// <summary>A user's delegated token: a tenant, an object id and the API's scope.</summary>
    private static AuthorizationPolicyBuilder RequireUser(AuthorizationPolicyBuilder policy) =>
        policy.RequireAuthenticatedUser()
            .RequireClaim("tid")
            .RequireClaim("oid")
            .RequireAssertion(c => c.User.FindAll("scp")
                .SelectMany(s => s.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Contains(ApiPermissions.Scope, StringComparer.Ordinal));

    /// <summary>The same rules for both issuers; lifetimes judged by the injected clock, so tests and the dev clock agree.</summary>
    private static void Harden(TokenValidationParameters parameters, TimeProvider clock)
    {
        parameters.NameClaimType = "name";
        parameters.RoleClaimType = "roles";
        parameters.ValidateIssuerSigningKey = true;
        parameters.RequireExpirationTime = true;
        parameters.RequireSignedTokens = true;
        parameters.ClockSkew = TimeSpan.FromMinutes(2);
        parameters.LifetimeValidator = (notBefore, expires, _, p) =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            return (notBefore is null || notBefore.Value - p.ClockSkew <= now)
                && expires is not null && now < expires.Value + p.ClockSkew;
        };
    }
}
