using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace MentorScheduler.Api.Addin;

/// <summary>
/// <c>manifest --base-url https://… --client-id &lt;guid&gt; --version 1.2.0.0 [--id &lt;guid&gt;] [--display-name …]</c>:
/// renders the production add-in manifest from the development <c>manifest.xml</c> onto standard output.
/// Runs before the web host is built, so nothing else reaches standard output.
/// </summary>
public static partial class ManifestCommand
{
    /// <summary>The origin the development manifest points at.</summary>
    public const string DevelopmentOrigin = "https://localhost:5081";

    private const string Usage =
        "usage: manifest --base-url https://host --client-id <guid> --version <a.b.c.d> [--id <guid>] [--display-name <name>]";

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
        return 0;
    }

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

        foreach (var info in doc.Descendants().Where(e => e.Name.LocalName == "WebApplicationInfo"))
        {
            var ns = info.Name.Namespace;
            info.Element(ns + "Id")!.Value = options.ClientId.ToString("D");
            info.Element(ns + "Resource")!.Value = $"api://{options.ClientId:D}";
        }

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

/// <summary>The manifest command's arguments, checked.</summary>
public sealed record ManifestOptions(string BaseUrl, Guid ClientId, string Version, Guid? Id, string DisplayName)
{
    public static (ManifestOptions? Options, string? Error) Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--base-url" or "--client-id" or "--version" or "--id" or "--display-name"))
                return (null, $"unknown argument '{name}'");
            if (i + 1 >= args.Length) return (null, $"{name}: a value is required");
            values[name] = args[++i];
        }

        if (!values.TryGetValue("--base-url", out var baseUrl)) return (null, "--base-url: required (the HTTPS address the API is hosted at)");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            return (null, $"--base-url: '{baseUrl}' must be an absolute https:// address with no query or fragment");

        if (!values.TryGetValue("--client-id", out var clientText)) return (null, "--client-id: required (the API app registration's application id)");
        if (!Guid.TryParseExact(clientText, "D", out var clientId)) return (null, $"--client-id: '{clientText}' must be a GUID such as 3f2c8a61-5b0e-4d7a-9c1e-8b2f4d6a0e13");

        if (!values.TryGetValue("--version", out var version)) return (null, "--version: required (four numbers, such as 1.2.0.0)");
        if (!ManifestCommand.FourNumbers().IsMatch(version)) return (null, $"--version: '{version}' must be four numbers separated by dots, such as 1.2.0.0");

        Guid? id = null;
        if (values.TryGetValue("--id", out var idText))
        {
            if (!Guid.TryParseExact(idText, "D", out var parsed)) return (null, $"--id: '{idText}' must be a GUID");
            id = parsed;
        }

        var displayName = values.GetValueOrDefault("--display-name", "MentorScheduler").Trim();
        if (displayName.Length is < 1 or > 125) return (null, "--display-name: 1 to 125 characters");

        return (new ManifestOptions(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), clientId, version, id, displayName), null);
    }
}
