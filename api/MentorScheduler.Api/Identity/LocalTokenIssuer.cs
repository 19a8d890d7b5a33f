using System.Security.Cryptography;
using MentorScheduler.Api.Data;
using MentorScheduler.GraphSimulator;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace MentorScheduler.Api.Identity;

/// <summary>
/// Simulated mode's stand-in for Entra ID: signs Entra-shaped v2 access tokens for the demo tenant's users.
/// Its RSA key is created once in the data folder and reused, so tokens survive a restart.
/// </summary>
public sealed class LocalTokenIssuer
{
    public const string Issuer = "https://localhost/mentorscheduler/dev-issuer/v2.0";
    public const string Audience = "api://mentorscheduler-dev";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly DemoTenant _tenant;
    private readonly TimeProvider _clock;

    public LocalTokenIssuer(IOptions<StorageOptions> storage, DemoTenant tenant, TimeProvider clock)
    {
        _tenant = tenant;
        _clock = clock;
        SigningKey = LoadOrCreateKey(Path.Combine(StorageSetup.EnsureDataDirectory(storage.Value), "dev-issuer-key.pem"));
    }

    public RsaSecurityKey SigningKey { get; }

    /// <summary>A token for a demo user, or null when the tenant has no such user.</summary>
    public string? IssueFor(string upn)
    {
        var user = _tenant.Users.FirstOrDefault(u => string.Equals(u.UserPrincipalName, upn.Trim(), StringComparison.OrdinalIgnoreCase));
        if (user is null) return null;

        var now = _clock.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            ["ver"] = "2.0",
            ["tid"] = _tenant.TenantId,
            ["oid"] = user.Id,
            ["sub"] = user.Id,
            ["preferred_username"] = user.UserPrincipalName,
            ["name"] = user.DisplayName,
            ["scp"] = ApiPermissions.Scope,
        };
        if (user.Roles.Count > 0) claims["roles"] = user.Roles.ToArray();

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + Lifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Creates the file readable and writable by this process's user only (0600), before a byte is written.</summary>
    private static void WriteOwnerOnly(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
        writer.Write(text);
    }

    private static RsaSecurityKey LoadOrCreateKey(string path)
    {
        if (!File.Exists(path))
        {
            using var fresh = RSA.Create(2048);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            WriteOwnerOnly(temp, fresh.ExportPkcs8PrivateKeyPem());
            try
            {
                // Another process may have created it first; theirs wins and everyone reads the same key.
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temp);
            }
        }

        var rsa = RSA.Create();
        rsa.ImportFromPem(File.ReadAllText(path));
        return new RsaSecurityKey(rsa) { KeyId = "mentorscheduler-dev" };
    }
}
