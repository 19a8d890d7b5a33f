using System.Net;
using System.Text.RegularExpressions;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// Event bodies as Exchange keeps them: HTML documents (a text body is escaped into one), plus the plain-text
/// <c>bodyPreview</c>.
/// </summary>
internal static partial class EventBodyHtml
{
    private const string Head = "<html>\r\n<head>\r\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\r\n</head>\r\n<body>\r\n";
    private const string Tail = "\r\n</body>\r\n</html>\r\n";

    /// <summary>An HTML document for a body given as <c>text</c> or <c>html</c>; empty stays empty.</summary>
    public static string Normalise(string contentType, string content)
    {
        if (content.Length == 0) return string.Empty;
        if (string.Equals(contentType, "text", StringComparison.OrdinalIgnoreCase))
        {
            var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(WebUtility.HtmlEncode);
            return Head + "<div>" + string.Join("<br>\r\n", lines) + "</div>" + Tail;
        }
        return content.Contains("<html", StringComparison.OrdinalIgnoreCase) ? content : Head + content + Tail;
    }

    /// <summary>Inserts a fragment before <c>&lt;/body&gt;</c>, creating the document when the body is empty.</summary>
    public static string Append(string html, string fragment)
    {
        if (html.Length == 0) return Head + fragment + Tail;
        var close = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html + fragment : html[..close] + fragment + "\r\n" + html[close..];
    }

    /// <summary>The first 255 characters of the body's text, whitespace collapsed.</summary>
    public static string Preview(string html)
    {
        var body = html;
        var open = body.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        if (open >= 0) body = body[open..];
        var text = WebUtility.HtmlDecode(Tags().Replace(body, " "));
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= 255 ? text : text[..255];
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
