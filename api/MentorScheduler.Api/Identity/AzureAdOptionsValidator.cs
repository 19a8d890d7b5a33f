using MentorScheduler.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Identity;

/// <summary>
/// In Live mode, refuses to start without the app registration's keys, naming each one missing, and refuses
/// the retired <c>Entra:*</c> keys rather than ignore them.
/// </summary>
public sealed class AzureAdOptionsValidator(GraphMode mode, IConfiguration configuration) : IValidateOptions<AzureAdOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureAdOptions options)
    {
        var problems = new List<string>();
        var retired = configuration.GetSection(AzureAdOptions.RetiredSection).AsEnumerable(makePathsRelative: true)
            .Where(p => p.Value is not null).Select(p => p.Key).ToList();
        if (retired.Count > 0)
            problems.Add($"The Entra:* keys are no longer read ({string.Join(", ", retired.Select(k => "Entra:" + k))}): " +
                "Microsoft.Identity.Web's AzureAd section replaced them. Use AzureAd:ClientId, AzureAd:TenantId and " +
                "AzureAd:ClientCredentials (see README, Configuration), and remove the Entra keys.");
        if (mode != GraphMode.Live) return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);

        var section = configuration.GetSection(AzureAdOptions.Section);
        if (!Guid.TryParse(options.ClientId, out _))
            problems.Add("AzureAd:ClientId (environment variable AzureAd__ClientId) must be the API app registration's application (client) id, a GUID.");
        if (string.IsNullOrWhiteSpace(options.TenantId))
            problems.Add("AzureAd:TenantId (AzureAd__TenantId) must be 'organizations' (any tenant that consents) or one tenant's id.");
        var addin = configuration["Addin:ClientId"];
        if (!Guid.TryParse(addin, out var addinId))
            problems.Add("Addin:ClientId (Addin__ClientId) must be the add-in's own app registration (a single-page application), a GUID: " +
                "the task pane signs in with it and asks for the API's access_as_user scope.");
        else if (Guid.TryParse(options.ClientId, out var apiId) && addinId == apiId)
            problems.Add("Addin:ClientId must not be the API's AzureAd:ClientId: Entra refuses a token an application asks for itself (AADSTS90009). " +
                "Register the add-in separately (README, the app registrations).");
        if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
            problems.Add("AzureAd:Instance must be the https address of the Entra authority, such as https://login.microsoftonline.com/.");

        var credentials = section.GetSection("ClientCredentials").GetChildren().ToList();
        if (credentials.Count == 0 && string.IsNullOrWhiteSpace(section["ClientSecret"]))
            problems.Add("AzureAd:ClientCredentials is required for Graph:Mode=Live: a certificate (AzureAd__ClientCredentials__0__SourceType=Path, " +
                "AzureAd__ClientCredentials__0__CertificateDiskPath=…), a managed identity, or a client secret " +
                "(SourceType=ClientSecret, AzureAd__ClientCredentials__0__ClientSecret=…).");
        foreach (var credential in credentials)
        {
            var path = credential["CertificateDiskPath"];
            if (string.Equals(credential["SourceType"], "Path", StringComparison.OrdinalIgnoreCase) && (string.IsNullOrWhiteSpace(path) || !File.Exists(path)))
                problems.Add($"AzureAd:ClientCredentials:{credential.Key}:CertificateDiskPath points to '{path}', which does not exist.");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
