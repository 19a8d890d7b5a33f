using System.Buffers.Binary;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using MentorScheduler.Api.Addin;
using MentorScheduler.E2E.Tests.Infrastructure;

namespace MentorScheduler.E2E.Tests.Manifest;

/// <summary>What the XSD cannot check: HTTPS everywhere, every resid defined, icons served at their declared sizes.</summary>
public sealed partial class ManifestTests : IAsyncLifetime
{
    private readonly E2EApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task TheDevelopmentManifestPassesTheSchema()
    {
        var (exit, output) = await ManifestFile.ValidateAsync(ManifestFile.DevelopmentPath);
        Assert.True(exit == 0, output);
        Assert.Contains("validates", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryUrlIsHttpsOnTheDevelopmentOrigin()
    {
        var urls = Urls(ManifestFile.Development());
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.StartsWith("https://localhost:5081/", url, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryResidIsDefinedOnceInTheResourcesOfItsVersionOverrides()
    {
        var overrides = ManifestFile.Development().Descendants().Where(e => e.Name.LocalName == "VersionOverrides").ToList();
        Assert.Equal(2, overrides.Count);
        foreach (var block in overrides)
        {
            var resources = block.Elements().Single(e => e.Name.LocalName == "Resources");
            var ids = resources.Descendants().Attributes("id").Select(a => a.Value).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            // Only this block's own elements: the nested 1.1 block has its own resources.
            var resids = block.Descendants().Where(e => e.Ancestors().First(a => a.Name.LocalName == "VersionOverrides") == block)
                .Attributes("resid").Select(a => a.Value).Distinct().ToList();
            Assert.NotEmpty(resids);
            Assert.All(resids, resid => Assert.Contains(resid, ids));
        }
    }

    [Fact]
    public void TheIdIsAGuidTheVersionFourNumbersAndVersionOverrides11IsTheLastChildOf10()
    {
        var root = ManifestFile.Development().Root!;
        Assert.True(Guid.TryParseExact(root.Element(ManifestFile.App + "Id")!.Value, "D", out _));
        Assert.Matches(FourNumbers(), root.Element(ManifestFile.App + "Version")!.Value);
        var outer = root.Elements().Last();
        Assert.Equal("VersionOverrides", outer.Name.LocalName);
        var inner = outer.Elements().Last();
        Assert.Equal("VersionOverrides", inner.Name.LocalName);
        Assert.Equal("http://schemas.microsoft.com/office/mailappversionoverrides/1.1", inner.Name.NamespaceName);
        var surfaces = inner.Descendants().Where(e => e.Name.LocalName == "ExtensionPoint")
            .Select(e => e.Attributes().First(a => a.Name.LocalName == "type").Value).ToList();
        Assert.Equal(["MessageReadCommandSurface", "MessageComposeCommandSurface", "AppointmentOrganizerCommandSurface", "AppointmentAttendeeCommandSurface"], surfaces);
    }

    [Fact]
    public async Task EveryIconIsServedByTheAppAtItsDeclaredSizeAndCacheable()
    {
        var doc = ManifestFile.Development();
        var icons = new List<(string Url, int Size)>
        {
            (doc.Root!.Element(ManifestFile.App + "IconUrl")!.Attribute("DefaultValue")!.Value, 64),
            (doc.Root!.Element(ManifestFile.App + "HighResolutionIconUrl")!.Attribute("DefaultValue")!.Value, 128),
        };
        foreach (var block in doc.Descendants().Where(e => e.Name.LocalName == "VersionOverrides"))
        {
            var images = block.Elements().Single(e => e.Name.LocalName == "Resources").Element(ManifestFile.Bt + "Images")!
                .Elements().ToDictionary(e => e.Attribute("id")!.Value, e => e.Attribute("DefaultValue")!.Value);
            foreach (var use in block.Descendants(ManifestFile.Bt + "Image").Where(e => e.Attribute("size") is not null))
                icons.Add((images[use.Attribute("resid")!.Value], int.Parse(use.Attribute("size")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        Assert.Equal([16, 32, 64, 80, 128], icons.Select(i => i.Size).Distinct().Order().ToArray());

        using var http = _app.Http();
        foreach (var (url, size) in icons.Distinct())
        {
            using var response = await http.GetAsync(new Uri(url).AbsolutePath);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
            var png = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Equal((size, size), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        }
    }

    [Fact]
    public async Task EveryPageTheManifestNamesIsServed()
    {
        using var http = _app.Http();
        foreach (var url in Urls(ManifestFile.Development()).Where(u => u.EndsWith(".html", StringComparison.Ordinal)).Distinct())
        {
            using var response = await http.GetAsync(new Uri(url).AbsolutePath);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task TheCommandRendersAProductionManifestThatPassesTheSchema()
    {
        var clientId = "3f2c8a61-5b0e-4d7a-9c1e-8b2f4d6a0e13";
        var addinId = "7d1e4b20-9a3c-4f5e-8b6d-2c0a1e9f3b57";
        var (exit, stdout, stderr) = await ManifestFile.RunCommandAsync(
            "--base-url", "https://mentoring.contoso.com", "--client-id", clientId, "--addin-client-id", addinId, "--version", "1.2.0.0");
        Assert.True(exit == 0, stderr);
        var redirect = Uri.EscapeDataString("https://mentoring.contoso.com/addin/consent.html");
        Assert.Contains($"https://login.microsoftonline.com/organizations/adminconsent?client_id={clientId}&redirect_uri={redirect}", stderr, StringComparison.Ordinal);
        Assert.Contains($"https://login.microsoftonline.com/organizations/adminconsent?client_id={addinId}&redirect_uri={redirect}", stderr, StringComparison.Ordinal);
        Assert.Contains("  brk-multihub://mentoring.contoso.com  (nested app authentication)", stderr, StringComparison.Ordinal);
        Assert.Contains("  https://mentoring.contoso.com/addin/signin.html  (sign-in through an Office dialog", stderr, StringComparison.Ordinal);
        Assert.StartsWith("<?xml", stdout, StringComparison.Ordinal);

        var path = Path.Combine(Artifacts.Folder("manifests"), "production.xml");
        await File.WriteAllTextAsync(path, stdout);
        var (valid, output) = await ManifestFile.ValidateAsync(path);
        Assert.True(valid == 0, output);

        var doc = XDocument.Parse(stdout);
        var urls = Urls(doc);
        Assert.All(urls, url => Assert.StartsWith("https://mentoring.contoso.com/addin/", url, StringComparison.Ordinal));
        Assert.DoesNotContain("localhost", stdout, StringComparison.Ordinal);
        Assert.Equal("1.2.0.0", doc.Root!.Element(ManifestFile.App + "Version")!.Value);
        Assert.Equal("MentorScheduler", doc.Root!.Element(ManifestFile.App + "DisplayName")!.Attribute("DefaultValue")!.Value);
        var id = doc.Root!.Element(ManifestFile.App + "Id")!.Value;
        Assert.Equal(ManifestCommand.StableId("https://mentoring.contoso.com").ToString("D"), id);
        Assert.NotEqual(ManifestFile.Development().Root!.Element(ManifestFile.App + "Id")!.Value, id);
        // Nested app authentication needs no WebApplicationInfo (it serves only the legacy SSO, which the pane does not use).
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "WebApplicationInfo");
        var panes = doc.Descendants().Where(e => e.Name.LocalName == "SourceLocation" || e.Attribute("id")?.Value == "taskpane.url")
            .Select(e => e.Attribute("DefaultValue")?.Value).OfType<string>().ToList();
        Assert.NotEmpty(panes);
        Assert.All(panes, url => Assert.Equal("https://mentoring.contoso.com/addin/outlook.html", url));
    }

    [Fact]
    public void TheProductionIdIsStablePerBaseUrlAndCanBeGiven()
    {
        var options = new ManifestOptions("https://mentoring.contoso.com", Guid.NewGuid(), Guid.NewGuid(), "1.0.0.0", null, "MentorScheduler");
        var dev = ManifestCommand.LoadDevelopmentManifest();
        Assert.Equal(ManifestCommand.Render(dev, options), ManifestCommand.Render(dev, options));
        Assert.NotEqual(ManifestCommand.StableId("https://mentoring.contoso.com"), ManifestCommand.StableId("https://mentoring-test.contoso.com"));
        var given = Guid.NewGuid();
        var rendered = XDocument.Parse(ManifestCommand.Render(dev, options with { Id = given, DisplayName = "MentorScheduler (test)" }));
        Assert.Equal(given.ToString("D"), rendered.Root!.Element(ManifestFile.App + "Id")!.Value);
        Assert.Equal("MentorScheduler (test)", rendered.Root!.Element(ManifestFile.App + "DisplayName")!.Attribute("DefaultValue")!.Value);
    }

    [Theory]
    [InlineData("--base-url", "http://mentoring.contoso.com", "--base-url")]
    [InlineData("--client-id", "not-a-guid", "--client-id")]
    [InlineData("--addin-client-id", "not-a-guid", "--addin-client-id")]
    [InlineData("--addin-client-id", "3f2c8a61-5b0e-4d7a-9c1e-8b2f4d6a0e13", "--addin-client-id")]
    [InlineData("--version", "1.2", "--version")]
    [InlineData("--id", "42", "--id")]
    public void ABadArgumentExitsWith2AndNamesIt(string name, string value, string named)
    {
        var args = new Dictionary<string, string>
        {
            ["--base-url"] = "https://mentoring.contoso.com",
            ["--client-id"] = "3f2c8a61-5b0e-4d7a-9c1e-8b2f4d6a0e13",
            ["--addin-client-id"] = "7d1e4b20-9a3c-4f5e-8b6d-2c0a1e9f3b57",
            ["--version"] = "1.2.0.0",
        };
        args[name] = value;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = ManifestCommand.Run(["manifest", .. args.SelectMany(a => new[] { a.Key, a.Value })], stdout, stderr);

        Assert.Equal(2, exit);
        Assert.Equal("", stdout.ToString());
        Assert.StartsWith(named + ":", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains($"'{value}'", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingArgumentFromTheCommandLineExitsWith2()
    {
        var (exit, stdout, stderr) = await ManifestFile.RunCommandAsync("--base-url", "https://mentoring.contoso.com");
        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith("--client-id: required", stderr, StringComparison.Ordinal);
    }

    private static List<string> Urls(XDocument doc) =>
        doc.Descendants().Attributes("DefaultValue").Select(a => a.Value)
            .Concat(doc.Descendants().Where(e => e.Name.LocalName is "AppDomain").Select(e => e.Value))
            .Where(v => v.Contains("://", StringComparison.Ordinal))
            .ToList();

    [GeneratedRegex(@"^\d+\.\d+\.\d+\.\d+$")]
    private static partial Regex FourNumbers();
}
