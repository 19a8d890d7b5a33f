namespace MentorScheduler.Api.Identity;

/// <summary>The app registration in Microsoft Entra ID (Live mode only).</summary>
public sealed class EntraOptions
{
    public const string Section = "Entra";

    /// <summary>The Entra authority host, for national clouds.</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>The application (client) id of the API's app registration; the token audience.</summary>
    public string? ClientId { get; set; }

    /// <summary>The tenant the app registration lives in (the publisher's tenant).</summary>
    public string? TenantId { get; set; }

    /// <summary>A client secret; prefer <see cref="CertificatePath"/> in production.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PFX/PEM certificate file with its private key, registered on the app.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Tenants whose users may call the API; empty means any tenant that consented.</summary>
    public IList<string> AllowedTenants { get; } = [];
}
