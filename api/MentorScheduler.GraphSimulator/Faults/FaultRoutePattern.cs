using System.Text.RegularExpressions;

namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>
/// A fault rule's route such as <c>POST /users/*/events</c>, <c>GET /users/{key}</c>, <c>/users/**</c> or <c>*</c>:
/// an optional method, then a path relative to the service root where <c>*</c> is one path segment and
/// <c>**</c> any number of them. Matches the request's concrete path or its route template, ignoring case.
/// </summary>
public sealed class FaultRoutePattern
{
    private readonly string? _method;
    private readonly Regex _path;

    private FaultRoutePattern(string text, string? method, Regex path, bool namesBatch)
    {
        Text = text;
        _method = method;
        _path = path;
        NamesBatch = namesBatch;
    }

    public string Text { get; }

    /// <summary>True when the pattern names the <c>$batch</c> envelope itself, the only way to fault it.</summary>
    public bool NamesBatch { get; }

    public static FaultRoutePattern? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var trimmed = text.Trim();
        if (trimmed == "*") return new FaultRoutePattern(trimmed, null, Compile("**"), namesBatch: false);

        var parts = trimmed.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var (method, path) = parts.Length == 2 ? (parts[0], parts[1]) : (null, parts[0]);
        if (method is not null && method != "*" && !method.All(char.IsAsciiLetter)) return null;
        if (!path.StartsWith('/') && path != "*" && path != "**") path = "/" + path;
        if (path.StartsWith("/v1.0/", StringComparison.OrdinalIgnoreCase)) path = path["/v1.0".Length..];

        return new FaultRoutePattern(
            trimmed,
            method is null or "*" ? null : method.ToUpperInvariant(),
            Compile(path is "*" ? "**" : path),
            path.Contains("$batch", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether a request with this method, concrete path and route template matches.</summary>
    public bool Matches(string method, string path, string template) =>
        (_method is null || string.Equals(_method, method, StringComparison.OrdinalIgnoreCase))
        && (_path.IsMatch(path) || _path.IsMatch(template));

    private static Regex Compile(string glob)
    {
        var escaped = Regex.Escape(glob)
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]*", StringComparison.Ordinal);
        return new Regex("^" + escaped + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
