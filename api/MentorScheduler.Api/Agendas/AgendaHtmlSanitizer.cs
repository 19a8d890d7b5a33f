using Ganss.Xss;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// The second line of defence on every agenda's HTML, after escaping: whatever a template or a value
/// manages to say, scripts, event handlers, forms, frames and links other than http, https and mailto do not
/// reach the mail or the meeting, and neither do images. The styling mail clients understand (inline CSS, lists, headings) is kept.
/// </summary>
public sealed class AgendaHtmlSanitizer
{
    private readonly HtmlSanitizer _sanitizer = Create();

    public string Sanitize(string html) => _sanitizer.Sanitize(html);

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
}
