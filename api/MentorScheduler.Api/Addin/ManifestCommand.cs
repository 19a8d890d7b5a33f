using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace MentorScheduler.Api.Addin;

/// <summary>
/// <c>manifest --base-url https://… --client-id &lt;api guid&gt; --addin-client-id &lt;guid&gt; --version 1.2.0.0 [--id &lt;guid&gt;] [--display-name …]</c>:
/// renders the production add-in manifest from the development <c>manifest.xml</c> onto standard output, and
/// the admin-consent links for the two registrations onto standard error. Runs before the web host is built,
/// so nothing else reaches standard output.
/// </summary>
public static partial class ManifestCommand
{
    /// <summary>The origin the development manifest points at.</summary>
    public const string DevelopmentOrigin = "https://localhost:5081";

    private const string Usage =
        "usage: manifest --base-url https://host --client-id <api guid> --addin-client-id <guid> --version <a.b.c.d> [--id <guid>] [--display-name <name>]";

    // A fixed namespace so the same base URL always gives the same add-in id (RFC 9562 name-based id).
    private static readonly Guid IdNamespace = new("0b6f3f0e-6a55-4b8e-9d1f-2f6c8a1e4d71");

    public static int Run(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (options, error) = ManifestOptions.Parse(args.Skip(1).ToArray());
        if (options is null)
        {
            stderr.WriteLine(error);
            stderr.WriteLine(Usage);
            return 2;
        }
        stdout.Write(Render(LoadDevelopmentManifest(), options));
        stdout.Flush();
        stderr.Write(ConsentInstructions(options));
        return 0;
    }

    /// <summary>
    /// Uploading the manifest grants no Entra consent. An admin of each tenant opens these, the API first (its
    /// Graph permissions, delegated and application), then the add-in (its permission to the API's scope).
    /// </summary>
    public static string ConsentInstructions(ManifestOptions options)
    {
        var redirect = Uri.EscapeDataString(options.BaseUrl + "/addin/consent.html");
        return "Admin consent: a Global Administrator or Privileged Role Administrator of each tenant opens, in this order:\n" +
            $"  1. the API:    {ConsentUrl(options.ClientId, redirect)}\n" +
            $"  2. the add-in: {ConsentUrl(options.AddinClientId, redirect)}\n" +
            $"Register {options.BaseUrl}/addin/consent.html as a single-page-application redirect URI on both registrations first.\n" +
            "The add-in's registration also needs these single-page-application redirect URIs:\n" +
            $"  {NestedAppAuthRedirect(options.BaseUrl)}  (nested app authentication)\n" +
            $"  {options.BaseUrl}/addin/signin.html  (sign-in through an Office dialog, for Outlook without nested app authentication)\n";
    }

    /// <summary>The broker redirect nested app authentication needs: the add-in's origin, without its path.</summary>
    public static string NestedAppAuthRedirect(string baseUrl) => $"brk-multihub://{new Uri(baseUrl).Authority}";

    private static string ConsentUrl(Guid clientId, string redirect) =>
        $"https://login.microsoftonline.com/organizations/adminconsent?client_id={clientId:D}&redirect_uri={redirect}";

    /// <summary>The development manifest, embedded in the API at build time.</summary>
    public static string LoadDevelopmentManifest()
    {
        using var stream = typeof(ManifestCommand).Assembly.GetManifestResourceStream("MentorScheduler.Api.Addin.manifest.xml")
            ?? throw new InvalidOperationException("manifest.xml is not embedded in the API assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The development manifest with the production origin, ids, version and name.</summary>
    public static string Render(string developmentManifest, ManifestOptions options)
    {
        var doc = XDocument.Parse(developmentManifest, LoadOptions.PreserveWhitespace);
        XNamespace app = "http://schemas.microsoft.com/office/appforoffice/1.1";
        var root = doc.Root!;

        var header = doc.Nodes().OfType<XComment>().FirstOrDefault();
        header?.ReplaceWith(new XComment($" MentorScheduler add-in manifest for {options.BaseUrl}, version {options.Version}. Rendered by the API's manifest command; do not edit by hand. "));
        root.Element(app + "Id")!.Value = (options.Id ?? StableId(options.BaseUrl)).ToString("D");
        root.Element(app + "Version")!.Value = options.Version;
        root.Element(app + "DisplayName")!.SetAttributeValue("DefaultValue", options.DisplayName);

        foreach (var attribute in doc.Descendants().Attributes().Where(a => a.Value.StartsWith(DevelopmentOrigin, StringComparison.Ordinal)))
            attribute.Value = options.BaseUrl + attribute.Value[DevelopmentOrigin.Length..];

        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings)) doc.Save(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>A name-based id (version 5) from the base URL, so each environment keeps its own stable id.</summary>
    public static Guid StableId(string baseUrl)
    {
        var name = Encoding.UTF8.GetBytes(baseUrl.ToLowerInvariant());
        var space = IdNamespace.ToByteArray(bigEndian: true);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for name-based ids; this is not a security use.
        var hash = SHA1.HashData([.. space, .. name]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    [GeneratedRegex(@"^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$")]
    internal static partial Regex FourNumbers();
}
