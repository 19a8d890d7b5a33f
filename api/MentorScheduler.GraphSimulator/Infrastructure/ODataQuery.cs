using Microsoft.AspNetCore.Http;

namespace MentorScheduler.GraphSimulator.Infrastructure;

/// <summary>
/// The OData system query options of one request. Graph accepts them with or without the <c>$</c>
/// (ASP.NET Core has already decoded <c>%24</c>).
/// </summary>
public sealed record ODataQuery(
    IReadOnlyList<string>? Select,
    string? Expand,
    string? Filter,
    int? Top,
    int Skip,
    string? OrderBy,
    string? Search)
{
    public static ODataQuery From(HttpRequest request)
    {
        string? Get(string name) =>
            request.Query.TryGetValue("$" + name, out var v) ? v.ToString()
            : request.Query.TryGetValue(name, out var w) ? w.ToString()
            : null;

        var select = Get("select");
        var top = Get("top");
        var skip = Get("skip");
        return new ODataQuery(
            string.IsNullOrWhiteSpace(select) ? null : SplitTopLevel(select, ',').Select(s => s.Trim()).ToList(),
            Get("expand"),
            Get("filter"),
            int.TryParse(top, out var t) ? t : null,
            int.TryParse(skip, out var s) ? s : 0,
            Get("orderby"),
            Get("search"));
    }

    /// <summary>Splits on a separator that is not inside parentheses or quotes.</summary>
    public static IEnumerable<string> SplitTopLevel(string text, char separator)
    {
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c == '(') depth++;
            else if (!quoted && c == ')') depth--;
            else if (!quoted && depth == 0 && c == separator)
            {
                yield return text[start..i];
                start = i + 1;
            }
        }
        yield return text[start..];
    }
}
