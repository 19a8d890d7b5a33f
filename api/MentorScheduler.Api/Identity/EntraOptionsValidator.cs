using MentorScheduler.Api.Infrastructure;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Identity;

/// <summary>In Live mode, refuses to start without the app registration's keys, naming each one missing.</summary>
public sealed class EntraOptionsValidator(GraphMode mode) : IValidateOptions<EntraOptions>
{
    public ValidateOptionsResult Validate(string? name, EntraOptions options)
    {
        if (mode != GraphMode.Live) return ValidateOptionsResult.Success;

        var missing = new List<string>();
        if (!Guid.TryParse(options.ClientId, out _))
            missing.Add("Entra:ClientId (environment variable Entra__ClientId) must be the API app registration's application (client) id, a GUID.");
        if (string.IsNullOrWhiteSpace(options.TenantId))
            missing.Add("Entra:TenantId (Entra__TenantId) must name the tenant the app registration lives in.");
        if (string.IsNullOrWhiteSpace(options.ClientSecret) && string.IsNullOrWhiteSpace(options.CertificatePath))
            missing.Add("Entra:CertificatePath (Entra__CertificatePath) or Entra:ClientSecret (Entra__ClientSecret) is required for Graph:Mode=Live.");
        else if (!string.IsNullOrWhiteSpace(options.CertificatePath) && !File.Exists(options.CertificatePath))
            missing.Add($"Entra:CertificatePath points to '{options.CertificatePath}', which does not exist.");

        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
