using System.Collections.Concurrent;
using AngleSharp;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// The second line of defence on every agenda's HTML, after escaping: whatever a template or a value
/// manages to say, scripts, event handlers, forms, frames and links other than http, https and mailto do not
/// reach the mail or the meeting, and neither do images. The styling mail clients understand (inline CSS, lists, headings) is kept.
/// </summary>
/// <remarks>
/// Cost: parsing CSS is most of what sanitising an agenda costs (about 1 ms of a template's dozen inline styles,
/// against 0.1 ms for everything else), and a template says the same few styles in every agenda. So each element's
/// <c>style</c> is set aside while the rest is sanitised, and put back as the library sanitised that same style text
/// alone, remembered by its text; the HTML parser is kept per thread rather than built per call. The result is the
/// library's own (a test compares the two on hostile input).
/// </remarks>
public sealed class AgendaHtmlSanitizer : IDisposable
{
    /// <summary>Distinct style texts remembered; a template that builds styles from values cannot grow the memory past this.</summary>
    public const int MaxRememberedStyles = 2_000;

    // The agenda is parsed without CSS support (an element's style would be parsed as it is read and again as it is
    // put back); the style texts alone go through a parser with it, as the library needs for sanitising them. Scripting
    // is on, as in the library's parser: <noscript> content is then text, as a mail client with scripts off must not see markup.
    private readonly ThreadLocal<HtmlParser> _parser = new(() => new HtmlParser(new HtmlParserOptions { IsScripting = true }));
    private readonly ThreadLocal<HtmlParser> _cssParser = new(() => HtmlSanitizer.DefaultHtmlParserFactory());
    private readonly ConcurrentDictionary<string, string?> _styles = new(StringComparer.Ordinal);
    private readonly HtmlSanitizer _sanitizer;

    public AgendaHtmlSanitizer()
    {
        _sanitizer = Create();
        _sanitizer.HtmlParserFactory = () => _cssParser.Value!;
    }

    /// <summary>How many style texts are remembered now.</summary>
    public int RememberedStyles => _styles.Count;

    public void Dispose()
    {
        _parser.Dispose();
        _cssParser.Dispose();
    }

    public string Sanitize(string html)
    {
        using var document = _parser.Value!.ParseDocument("<!doctype html><html><body>" + html);
        if (document.Body is not { } body) return string.Empty;
        var styled = body.QuerySelectorAll("[style]").Select(e => (Element: e, Style: e.GetAttribute("style") ?? string.Empty)).ToList();
        foreach (var (element, _) in styled) element.RemoveAttribute("style");
        _sanitizer.SanitizeDom(document, body);
        foreach (var (element, style) in styled)
        {
            // An element the sanitiser took out (a forbidden tag) is no longer in the body and gets nothing back.
            if (body.Contains(element) && CleanStyle(style) is { } clean) element.SetAttribute("style", clean);
        }
        return body.ChildNodes.ToHtml(_sanitizer.OutputFormatter);
    }

    /// <summary>This style text as the library leaves it on an element of its own (null when it keeps none of it).</summary>
    private string? CleanStyle(string style)
    {
        if (_styles.TryGetValue(style, out var known)) return known;
        using var probe = _cssParser.Value!.ParseDocument("<!doctype html><html><body><span></span>");
        var span = probe.Body!.FirstElementChild!;
        span.SetAttribute("style", style);
        _sanitizer.SanitizeDom(probe, probe.Body);
        var clean = probe.Body.FirstElementChild?.GetAttribute("style");
        if (_styles.Count >= MaxRememberedStyles) _styles.Clear();
        _styles[style] = clean;
        return clean;
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("class");
        // An agenda is words: an image would be loaded from elsewhere when the mail is opened (a tracking pixel).
        sanitizer.AllowedTags.Remove("img");
        sanitizer.KeepChildNodes = true;
        // A relative address means nothing in a mail or a meeting: only absolute http, https and mailto links stay.
        sanitizer.FilterUrl += (_, e) =>
        {
            if (!Uri.TryCreate(e.OriginalUrl.Trim(), UriKind.Absolute, out var url) || !sanitizer.AllowedSchemes.Contains(url.Scheme))
                e.SanitizedUrl = null;
        };
        return sanitizer;
    }

    /// <summary>The same rules through the library's own <see cref="HtmlSanitizer.Sanitize(string, string, IMarkupFormatter?)"/>, for comparison in tests.</summary>
    internal static string SanitizeAsLibrary(string html) => Create().Sanitize(html);
}
