using System.Diagnostics;
using System.Globalization;
using MentorScheduler.Api.Agendas;
using MentorScheduler.Benchmarks.Infrastructure;

namespace MentorScheduler.Benchmarks.Agendas;

/// <summary>
/// <c>agenda-render [count]</c>: the CPU an agenda costs the sweep, per agenda, on one core: the default HTML and text
/// templates rendered (Scriban), the HTML sanitised (beside the library's own Sanitize), and the agenda merged into a meeting body that already has a Teams block.
/// </summary>
public sealed class AgendaRenderScenario : IScenario
{
    private const string MeetingBody =
        "<html><body><p>Our weekly mentoring meeting.</p><div style=\"width:100%\"><span style=\"font-size:24px\">Microsoft Teams meeting</span>"
        + "<p><a href=\"https://teams.microsoft.com/l/meetup-join/abc\">Join the meeting now</a></p><p>Meeting ID: 123 456 789</p></div></body></html>";

    public string Name => "agenda-render";

    public string Summary => "CPU per agenda: Scriban render (HTML and text), sanitising, merging into the meeting body";

    public Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 2000;
        var engine = new ScribanTemplateEngine(TimeProvider.System);
        var cache = new CompiledTemplateCache();
        using var sanitizer = new AgendaHtmlSanitizer();
        var library = new Ganss.Xss.HtmlSanitizer();
        var model = AgendaSample.Model();
        var html = cache.Get(AgendaRenderer.DefaultHtml, TemplateFormat.Html, engine);
        var text = cache.Get(AgendaRenderer.DefaultText, TemplateFormat.Text, engine);
        var rendered = html(model);
        var clean = sanitizer.Sanitize(rendered);

        var steps = new (string Name, Action Step)[]
        {
            ("HTML template (Scriban)", () => html(model)),
            ("text template (Scriban)", () => text(model)),
            ("sanitising the HTML (the app's)", () => sanitizer.Sanitize(rendered)),
            ("sanitising, the library's own Sanitize (each style parsed every time)", () => library.Sanitize(rendered)),
            ("merging into the meeting body", () => OccurrenceBody.Merge(MeetingBody, clean)),
        };
        // A first pass warms the JIT (tiered compilation would otherwise charge the first step measured for
        // code the others share); the second pass is reported.
        var table = new MarkdownTable("step", "per agenda", $"for {count:N0}");
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var (name, step) in steps)
            {
                var watch = Stopwatch.StartNew();
                for (var i = 0; i < count; i++) step();
                watch.Stop();
                if (pass == 1)
                    table.Add(name, string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds / count:0.000} ms"),
                        string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds:0} ms"));
            }
            Thread.Sleep(500);
        }
        Console.WriteLine(MachineLoad.Describe("after the run"));
        Console.Write(table);
        return Task.FromResult(0);
    }
}
