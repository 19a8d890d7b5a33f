namespace MentorScheduler.Api.Addin;

/// <summary>The manifest command's arguments, checked.</summary>
public sealed record ManifestOptions(string BaseUrl, Guid ClientId, Guid AddinClientId, string Version, Guid? Id, string DisplayName)
{
    public static (ManifestOptions? Options, string? Error) Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--base-url" or "--client-id" or "--addin-client-id" or "--version" or "--id" or "--display-name"))
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

        if (!values.TryGetValue("--addin-client-id", out var addinText)) return (null, "--addin-client-id: required (the add-in's own app registration's application id)");
        if (!Guid.TryParseExact(addinText, "D", out var addinId)) return (null, $"--addin-client-id: '{addinText}' must be a GUID such as 7d1e4b20-9a3c-4f5e-8b6d-2c0a1e9f3b57");
        if (addinId == clientId)
            return (null, $"--addin-client-id: '{addinText}' is the API's own id; the add-in needs a registration of its own (Entra refuses self-tokens, AADSTS90009)");

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

        return (new ManifestOptions(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), clientId, addinId, version, id, displayName), null);
    }
}
