using System.Globalization;
using System.Text.RegularExpressions;

namespace MentorScheduler.Api.Tests.Telemetry;

/// <summary>The app's /metrics page (Prometheus text), read as a test would read it with a scraper.</summary>
public sealed partial class Scrape(string text)
{
    public string Text => text;

    public static async Task<Scrape> ReadAsync(TestApp app)
    {
        using var client = app.Anonymous();
        return new Scrape(await client.GetStringAsync("/metrics"));
    }

    /// <summary>The sum of the series of <paramref name="name"/> whose labels include every one given.</summary>
    public double Sum(string name, params (string Label, string Value)[] labels) =>
        Samples().Where(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Label) == l.Value)).Sum(s => s.Value);

    public IEnumerable<(string Name, Dictionary<string, string> Labels, double Value)> Samples()
    {
        foreach (var line in text.Split('\n'))
        {
            var match = SampleLine().Match(line);
            if (!match.Success) continue;
            var labels = LabelPair().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            yield return (match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>(?:[^""}]|""(?:[^""\\]|\\.)*"")*)\})? (?<value>[-+0-9.eE]+|NaN|\+Inf)")]
    private static partial Regex SampleLine();

    [GeneratedRegex("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex LabelPair();
}
