using System.Text.RegularExpressions;

namespace MentorScheduler.Testing;

/// <summary>The Microsoft Graph permissions README's table tells an admin to consent, read from README itself.</summary>
public static partial class ReadmePermissions
{
    /// <summary>README's table rows, as written.</summary>
    public static IReadOnlyList<string> Rows() =>
        File.ReadAllLines(Path.Combine(Repository.Root, "README.md")).Where(l => Row().IsMatch(l)).ToList();

    /// <summary>The delegated permissions README lists.</summary>
    public static IReadOnlyList<string> Delegated() => Of("user (delegated)");

    /// <summary>The application permissions README lists.</summary>
    public static IReadOnlyList<string> Application() => Of("app (application)");

    private static List<string> Of(string actor) =>
        Rows().Select(r => Row().Match(r)).Where(m => m.Groups["actor"].Value == actor).Select(m => m.Groups["permission"].Value).Distinct().ToList();

    [GeneratedRegex(@"^\| .+ \| .+ \| (?<actor>user \(delegated\)|app \(application\)) \| `(?<permission>[A-Za-z.]+)` \|$")]
    private static partial Regex Row();
}
