using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MentorScheduler.E2E.Tests.Infrastructure;

/// <summary>Test artifacts under the repository's TestResults/: a screenshot and an axe scan of each view.</summary>
public static class Artifacts
{
    public static string RepositoryRoot => Repository.Root;

    public static string Folder(string name)
    {
        var folder = Path.Combine(RepositoryRoot, "TestResults", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>
    /// Saves TestResults/screenshots/{name}.png and fails on any serious or critical axe violation. A page with a
    /// sandboxed frame (the program page's agenda preview runs no script, so axe could not answer from inside it)
    /// is scanned with <paramref name="intoFrames"/> false; the frame's own content is the agenda mail's.
    /// </summary>
    public static async Task CheckViewAsync(IPage page, string name, bool intoFrames = true)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder("screenshots"), $"{name}.png"), FullPage = true });
        var result = intoFrames ? await page.RunAxe() : await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions { Iframes = false });
        var serious = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target.ToString())))}")
            .ToList();
        await File.WriteAllTextAsync(Path.Combine(Folder("axe"), $"{name}.json"),
            JsonSerializer.Serialize(result.Violations.Select(v => new { v.Id, v.Impact, v.Help, Nodes = v.Nodes.Length })));
        Assert.True(serious.Count == 0, $"axe found serious or critical violations on '{name}':\n{string.Join("\n", serious)}");
    }
}
