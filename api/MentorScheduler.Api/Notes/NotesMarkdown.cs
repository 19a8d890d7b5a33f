using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace MentorScheduler.Api.Notes;

/// <summary>
/// Renders what people write (notes, agenda items) from Markdown to HTML that is safe to show: raw HTML is
/// not interpreted (it comes out as text), and links or images whose address is not http, https, mailto or
/// relative (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c> …) lose their address and stay as plain text.
/// Markdig checks no link schemes itself, so the parsed document is cleaned before it is rendered.
/// </summary>
public static class NotesMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseTaskLists()
        .UseAutoLinks()
        .Build();

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    /// <summary>Shown instead of a stored text's HTML when it cannot be rendered; its Markdown is still served as written.</summary>
    public const string Unrenderable =
        "<p class=\"unrendered\">This section cannot be shown formatted: it nests lists or quotes too deeply. Its text is kept as written.</p>";

    /// <summary>The HTML of a Markdown text; empty for empty text; <see cref="Unrenderable"/> when Markdig refuses it.</summary>
    public static string ToHtml(string? markdown) => TryToHtml(markdown, out var html) ? html : Unrenderable;

    /// <summary>False when the text cannot be rendered (Markdig refuses input nested beyond its depth limit).</summary>
    public static bool TryToHtml(string? markdown, out string html)
    {
        html = string.Empty;
        if (string.IsNullOrWhiteSpace(markdown)) return true;
        try
        {
            var document = Markdown.Parse(markdown, Pipeline);
            Defuse(document);
            html = document.ToHtml(Pipeline);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Whether a link address may be rendered live: a safe scheme, or no scheme at all (relative).</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        // Browsers ignore tabs and line breaks inside a URL and trim spaces and controls around it.
        var cleaned = new string(url.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(' ', '\0', '\f', '\v');
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) return true;
        var scheme = cleaned[..colon];
        var looksLikeScheme = scheme.Length > 0 && char.IsAsciiLetter(scheme[0])
            && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
        if (!looksLikeScheme) return !scheme.Any(c => char.IsControl(c));
        return SafeSchemes.Contains(scheme.ToLowerInvariant());
    }

    private static void Defuse(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            // An image's children are its alt text, so both a link and an image leave their text behind.
            if (!IsSafeUrl(url)) Unwrap(link);
        }
        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && !IsSafeUrl(autolink.Url))
                autolink.ReplaceBy(new LiteralInline(autolink.Url), copyChildren: false);
        }
    }

    /// <summary>Puts the link's own text where the link was.</summary>
    private static void Unwrap(LinkInline link)
    {
        Inline? child = link.FirstChild;
        Inline insertAfter = link;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            insertAfter.InsertAfter(child);
            insertAfter = child;
            child = next;
        }
        link.Remove();
    }
}
