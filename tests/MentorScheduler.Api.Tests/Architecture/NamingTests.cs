using System.Text.RegularExpressions;

namespace MentorScheduler.Api.Tests.Architecture;

/// <summary>One public type per file, named as the file; and no name that clashes with the framework's.</summary>
public sealed partial class NamingTests
{
    [Theory]
    [InlineData("api/MentorScheduler.Api")]
    [InlineData("api/MentorScheduler.GraphSimulator")]
    [InlineData("tests")]
    public void EachFileHoldsOnePublicTypeNamedAsTheFile(string folder)
    {
        var misplaced = SourceTree.Files(folder)
            .Where(f => Path.GetFileName(f) != "Program.cs")
            .Select(f => (File: Path.GetRelativePath(SourceTree.Root, f), Types: PublicTypes().Matches(SourceTree.Code(f)).Select(m => m.Groups["name"].Value).ToList()))
            .Where(f => f.Types.Count > 1 || (f.Types.Count == 1 && f.Types[0] != Path.GetFileNameWithoutExtension(f.File)))
            .Select(f => $"{f.File}: {string.Join(", ", f.Types)}")
            .ToList();

        Assert.Empty(misplaced);
    }

    [Fact]
    public void TheApisLinesKeepToTheEditorconfigLength()
    {
        var limit = int.Parse(Regex.Match(File.ReadAllText(Path.Combine(SourceTree.Root, ".editorconfig")), @"max_line_length\s*=\s*(\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        var tooLong = SourceTree.Files("api/MentorScheduler.Api")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, line.Length)))
            .Where(l => l.Length > limit)
            .Select(l => $"{l.File}:{l.Line} ({l.Length})")
            .ToList();

        Assert.Empty(tooLong);
    }

    [Fact]
    public void NoTypeOrMethodClashesWithAFrameworkOrSimulatorName()
    {
        var clashes = new[] { @"\bclass IdentityConstants\b", @"\bAddIdentity\(", @"\bclass DemoTenant\b" };
        var found = SourceTree.Files("api/MentorScheduler.Api").Concat(SourceTree.Files("tests"))
            .SelectMany(f => clashes.Where(c => Regex.IsMatch(SourceTree.Code(f), c)).Select(c => $"{Path.GetFileName(f)}: {c}"))
            .ToList();

        Assert.Empty(found);
    }

    [GeneratedRegex(@"^public (?:(?:sealed|static|abstract|partial|readonly|ref)\s+)*(?:class|record struct|record|enum|interface|struct)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex PublicTypes();
}
