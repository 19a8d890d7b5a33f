using System.Text.RegularExpressions;

namespace MentorScheduler.Testing;

/// <summary>The Microsoft Graph permissions README's table tells an admin to consent, read from README itself.</summary>
public static partial class ReadmePermissions
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>README's table rows, as written.</summary>
    public static IReadOnlyList<string> Rows() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot, "README.md")).Where(l => Row().IsMatch(l)).ToList();

    /// <summary>The delegated permissions README lists.</summary>
    public static IReadOnlyList<string> Delegated() => Of("user (delegated)");

    /// <summary>The application permissions README lists.</summary>
    public static IReadOnlyList<string> Application() => Of("app (application)");

    private static List<string> Of(string actor) =>
        Rows().Select(r => Row().Match(r)).Where(m => m.Groups["actor"].Value == actor).Select(m => m.Groups["permission"].Value).Distinct().ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MentorScheduler.sln"))) return dir.FullName;
        throw new InvalidOperationException("The repository (MentorScheduler.sln) is not above the test's output folder.");
    }

    [GeneratedRegex(@"^\| .+ \| .+ \| (?<actor>user \(delegated\)|app \(application\)) \| `(?<permission>[A-Za-z.]+)` \|$")]
    private static partial Regex Row();
}
