using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace MentorScheduler.GraphSimulator.Infrastructure;

/// <summary>Absolute addresses back to the simulator, as Graph returns them in context and paging links.</summary>
public static class ServiceRoot
{
    public const string Version = "/v1.0";

    /// <summary>The absolute service root of this request, e.g. <c>http://127.0.0.1:5080/graph-sim/v1.0</c>.</summary>
    public static string Of(HttpRequest request)
    {
        var path = (request.PathBase + request.Path).Value ?? string.Empty;
        var at = path.IndexOf(Version + "/", StringComparison.Ordinal);
        var root = at < 0 ? path : path[..(at + Version.Length)];
        return $"{request.Scheme}://{request.Host}{root}";
    }

    /// <summary>This request's absolute URL with <c>$skip</c> replaced.</summary>
    public static string NextLink(HttpRequest request, int skip)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(kv => kv.Key is not ("$skip" or "skip"))
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        query["$skip"] = skip.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var builder = new QueryBuilder(query.SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? string.Empty))));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{builder.ToQueryString()}";
    }
}
