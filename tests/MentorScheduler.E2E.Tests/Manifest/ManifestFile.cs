using System.Diagnostics;
using System.Xml.Linq;
using MentorScheduler.E2E.Tests.Infrastructure;

namespace MentorScheduler.E2E.Tests.Manifest;

/// <summary>The manifests under test: the development manifest.xml, and production ones the command renders.</summary>
public static class ManifestFile
{
    public static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    public static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

    public static string DevelopmentPath => Path.Combine(Artifacts.RepositoryRoot, "manifest.xml");

    public static XDocument Development() => XDocument.Load(DevelopmentPath);

    /// <summary>Runs the built API as `dotnet MentorScheduler.Api.dll manifest …`, exactly as deployment does.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunCommandAsync(params string[] arguments)
    {
        var api = Path.Combine(AppContext.BaseDirectory, "MentorScheduler.Api.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(api);
        start.ArgumentList.Add("manifest");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>../shared/tools/validate-manifest (xmllint against Microsoft's XSDs) on a file.</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string path)
    {
        var tool = Path.GetFullPath(Path.Combine(Artifacts.RepositoryRoot, "..", "shared", "tools", "validate-manifest"));
        Assert.True(File.Exists(tool), $"validate-manifest is not at {tool} (shared/ sits beside the repository).");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(tool);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
