using System.Text.RegularExpressions;

namespace MentorScheduler.Api.Tests.Architecture;

/// <summary>The repository's C# sources, read as text: each file with its comments and string literals removed.</summary>
public static partial class SourceTree
{
    public static string Root => Repository.Root;

    /// <summary>The .cs files under a folder of the repository, generated migrations and build output left out.</summary>
    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(Path.Combine(Root, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>The code of a file without comments and string literals, so only real references remain.</summary>
    public static string Code(string file) =>
        Strings().Replace(Comments().Replace(File.ReadAllText(file), string.Empty), "\"\"");

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"@?\$?""(?:\\.|[^""\\\n])*""")]
    private static partial Regex Strings();
}
