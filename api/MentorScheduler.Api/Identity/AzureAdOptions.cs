namespace MentorScheduler.Api.Identity;

/// <summary>
/// The API's app registration in Microsoft Entra ID (Live mode), in Microsoft.Identity.Web's own section and
/// key names, so Microsoft's documentation applies as written. Only what this app reads itself is here;
/// Microsoft.Identity.Web binds the whole section (credentials included) on its own.
/// </summary>
public sealed class AzureAdOptions
{
    public const string Section = "AzureAd";

    /// <summary>The configuration section this app used to read, refused at start-up with a message.</summary>
    public const string RetiredSection = "Entra";

    /// <summary>The Entra authority host (national clouds differ).</summary>
    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary><c>organizations</c> for a multi-tenant API (the default), or one tenant's id.</summary>
    public string TenantId { get; set; } = "organizations";

    /// <summary>The API registration's application (client) id: the audience of the tokens it accepts.</summary>
    public string? ClientId { get; set; }

    /// <summary>Tenants whose users may call the API; empty means any tenant that consented.</summary>
    public IList<string> AllowedTenants { get; } = [];
}
