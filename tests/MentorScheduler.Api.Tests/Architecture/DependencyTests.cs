using System.Text.RegularExpressions;

namespace MentorScheduler.Api.Tests.Architecture;

/// <summary>
/// The API's folders depend one way (README, "Layout"): features on Core and infrastructure, never back, and
/// no two folders on each other. The one exception is the DbContext, which lists every feature's table.
/// </summary>
public sealed partial class DependencyTests
{
    private const string Api = "api/MentorScheduler.Api";
    private static readonly string[] Features = ["Relationships", "Scheduling", "Agendas", "Notes", "Record", "Addin", "Simulation", "Notifications", "Evaluations", "Admin", "Mentors"];

    [Fact]
    public void NoFolderDependsOnAFolderThatDependsBackOnIt()
    {
        var graph = Dependencies();
        var cycles = graph.SelectMany(from => from.Value.Where(to => graph.GetValueOrDefault(to)?.Contains(from.Key) == true)
                .Select(to => string.CompareOrdinal(from.Key, to) < 0 ? $"{from.Key} <-> {to}" : $"{to} <-> {from.Key}"))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Empty(cycles);
    }

    [Fact]
    public void CoreAndInfrastructureDependOnNoFeature()
    {
        var graph = Dependencies();
        foreach (var shared in new[] { "Core", "Infrastructure", "Graph", "Identity", "Data", "Mail" })
            Assert.Empty(graph.GetValueOrDefault(shared, []).Intersect(Features));
    }

    [Fact]
    public void TheDependencyScanSeesRealReferences()
    {
        // Guards the scan itself: these arrows exist, so a scan that saw nothing would fail here.
        var graph = Dependencies();
        Assert.Contains("Core", graph["Scheduling"]);
        Assert.Contains("Scheduling", graph["Record"]);
        Assert.Contains("Notes", graph["Agendas"]);
    }

    /// <summary>Folder → the folders its files name, by <c>using</c>, a qualified name or a sibling namespace.</summary>
    private static Dictionary<string, HashSet<string>> Dependencies()
    {
        var root = Path.Combine(SourceTree.Root, Api);
        var folders = Directory.GetDirectories(root).Select(Path.GetFileName).OfType<string>()
            .Where(f => f is not ("bin" or "obj" or "Properties")).ToHashSet(StringComparer.Ordinal);
        var graph = folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var file in SourceTree.Files(Api))
        {
            var relative = Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar);
            if (relative.Length < 2) continue; // Program.cs composes everything.
            var from = relative[0];
            // The DbContext lists every feature's table: the one allowed way back.
            if (from == "Data" && relative[^1] == "MentorSchedulerDb.cs") continue;
            var code = SourceTree.Code(file);
            foreach (Match m in Reference().Matches(code))
            {
                var to = m.Groups["qualified"].Success ? m.Groups["qualified"].Value : m.Groups["sibling"].Value;
                if (to != from && folders.Contains(to)) graph[from].Add(to);
            }
        }
        return graph;
    }

    [GeneratedRegex(@"MentorScheduler\.Api\.(?<qualified>[A-Z]\w*)|(?<![\w.])(?<sibling>[A-Z]\w*)\.[A-Z]\w*")]
    private static partial Regex Reference();
}
