using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// The OData options an event collection or item honours: <c>$select</c>, <c>$filter</c> (extended-property
/// <c>any</c> and simple <c>eq</c> clauses joined by <c>and</c>), <c>$expand</c> of single-value extended
/// properties, <c>$orderby</c>, <c>$top</c> and <c>$skip</c>.
/// </summary>
internal sealed partial class EventQuery
{
    private const int DefaultPageSize = 10;
    private const int MaxPageSize = 1000;

    private readonly List<Func<EventView, bool>> _filters = [];
    private bool _expandProperties;
    private string? _expandedPropertyId;

    private EventQuery(ODataQuery options) => Options = options;

    /// <summary>No options: every default property, nothing expanded.</summary>
    public static EventQuery Plain { get; } = new(new ODataQuery(null, null, null, null, 0, null, null));

    public bool ExpandsExceptionOccurrences { get; private set; }

    public ODataQuery Options { get; }

    public IReadOnlyList<string>? Select => Options.Select;

    public static EventQuery From(HttpRequest request)
    {
        var query = new EventQuery(ODataQuery.From(request));
        EventJson.CheckSelect(query.Select);
        if (!string.IsNullOrWhiteSpace(query.Options.Filter)) query.ParseFilter(query.Options.Filter);
        if (!string.IsNullOrWhiteSpace(query.Options.Expand)) query.ParseExpand(query.Options.Expand);
        if (query.Options.Top is < 1 or > MaxPageSize)
            throw GraphRequestException.InvalidParameter($"The value of $top must be between 1 and {MaxPageSize}.");
        return query;
    }

    public IEnumerable<EventView> Apply(IEnumerable<EventView> views)
    {
        var filtered = views.Where(v => _filters.TrueForAll(f => f(v)));
        return Options.OrderBy is { Length: > 0 } orderBy ? Order(filtered, orderBy) : filtered;
    }

    /// <summary>Writes one page of a collection, with an absolute <c>@odata.nextLink</c> when more remain.</summary>
    public JsonObject Page(IReadOnlyList<EventView> all, HttpRequest request, string context, ResponseZone zone)
    {
        var top = Options.Top ?? DefaultPageSize;
        var page = all.Skip(Options.Skip).Take(top);
        var json = new JsonObject
        {
            ["@odata.context"] = $"{ServiceRoot.Of(request)}/$metadata#{context}",
            ["value"] = new JsonArray([.. page.Select(v => (JsonNode)EventJson.Write(v, this, zone))]),
        };
        if (Options.Skip + top < all.Count) json["@odata.nextLink"] = ServiceRoot.NextLink(request, Options.Skip + top);
        return json;
    }

    /// <summary>The extended properties <c>$expand</c> asked for on this event.</summary>
    public List<JsonNode> ExpandedExtendedProperties(EventView view)
    {
        if (!_expandProperties) return [];
        return [.. view.ExtendedProperties
            .Where(p => _expandedPropertyId is null || string.Equals(p.Key, _expandedPropertyId, StringComparison.OrdinalIgnoreCase))
            .Select(p => (JsonNode)new JsonObject { ["id"] = p.Key, ["value"] = p.Value })];
    }

    private void ParseFilter(string filter)
    {
        foreach (var clause in SplitAnd(filter))
        {
            var any = AnyExtendedProperty().Match(clause);
            if (any.Success)
            {
                _filters.Add(ExtendedPropertyFilter(any.Groups["body"].Value, clause));
                continue;
            }
            var comparison = Comparison().Match(clause);
            if (!comparison.Success || PropertyOf(comparison.Groups["prop"].Value) is not { } property)
                throw new GraphRequestException(400, "ErrorInvalidUrlQueryFilter",
                    $"The simulator supports $filter clauses singleValueExtendedProperties/any(ep: ep/id eq '…' and ep/value eq '…') and subject, type, iCalUId, " +
                        $"seriesMasterId, showAs or transactionId eq/ne '…', joined by 'and'; got '{clause}'.");
            var expected = Unquote(comparison.Groups["value"].Value);
            var equal = comparison.Groups["op"].Value.Equals("eq", StringComparison.OrdinalIgnoreCase);
            _filters.Add(v => string.Equals(property(v), expected, StringComparison.OrdinalIgnoreCase) == equal);
        }
    }

    private void ParseExpand(string expand)
    {
        foreach (var item in ODataQuery.SplitTopLevel(expand, ','))
        {
            if (item.Trim().Equals("exceptionOccurrences", StringComparison.OrdinalIgnoreCase))
            {
                ExpandsExceptionOccurrences = true;
                continue;
            }
            var match = ExpandExtendedProperties().Match(item.Trim());
            if (!match.Success)
                throw new GraphRequestException(400, "BadRequest", $"Parsing OData Select and Expand failed: " +
                    $"the simulator expands only singleValueExtendedProperties and exceptionOccurrences; got '{item.Trim()}'.");
            _expandProperties = true;
            _expandedPropertyId = match.Groups["id"].Success ? Unquote(match.Groups["id"].Value) : null;
        }
    }

    /// <summary>The inside of <c>any(ep: ep/id eq '…' and ep/value eq '…')</c>, in either order; the value is optional.</summary>
    private static Func<EventView, bool> ExtendedPropertyFilter(string body, string clause)
    {
        string? id = null;
        string? value = null;
        foreach (var part in SplitAnd(body))
        {
            var match = LambdaComparison().Match(part);
            if (!match.Success)
                throw new GraphRequestException(400, "ErrorInvalidUrlQueryFilter", $"The simulator cannot read the lambda clause '{part}' in '{clause}'.");
            if (match.Groups["field"].Value.Equals("id", StringComparison.OrdinalIgnoreCase)) id = Unquote(match.Groups["value"].Value);
            else value = Unquote(match.Groups["value"].Value);
        }
        if (id is null)
            throw new GraphRequestException(400, "ErrorInvalidUrlQueryFilter", $"A filter on singleValueExtendedProperties must name the property id; got '{clause}'.");
        return v => v.ExtendedProperties.Any(p =>
            string.Equals(p.Key, id, StringComparison.OrdinalIgnoreCase) && (value is null || p.Value == value));
    }

    private static Func<EventView, string?>? PropertyOf(string name) => name.ToUpperInvariant() switch
    {
        "SUBJECT" => v => v.Content.Subject,
        "TYPE" => v => v.Type,
        "ICALUID" => v => v.ICalUId,
        "SERIESMASTERID" => v => v.SeriesMasterId,
        "SHOWAS" => v => v.ShowAs,
        "TRANSACTIONID" => v => v.TransactionId,
        _ => null,
    };

    private static IEnumerable<EventView> Order(IEnumerable<EventView> views, string orderBy)
    {
        var parts = orderBy.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
        Func<EventView, IComparable> key = parts[0].ToUpperInvariant() switch
        {
            "START/DATETIME" => v => v.Start,
            "END/DATETIME" => v => v.End,
            "CREATEDDATETIME" => v => v.Created,
            "LASTMODIFIEDDATETIME" => v => v.LastModified,
            "SUBJECT" => v => v.Content.Subject,
            _ => throw new GraphRequestException(400, "BadRequest", $"The simulator cannot order events by '{parts[0]}'."),
        };
        return descending ? views.OrderByDescending(key) : views.OrderBy(key);
    }

    private static IEnumerable<string> SplitAnd(string filter)
    {
        var clauses = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        for (var i = 0; i < filter.Length; i++)
        {
            var c = filter[i];
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c == '(') depth++;
            else if (!quoted && c == ')') depth--;
            else if (!quoted && depth == 0 && string.Compare(filter, i, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                clauses.Add(filter[start..i].Trim());
                start = i + 5;
                i += 4;
            }
        }
        clauses.Add(filter[start..].Trim());
        return clauses.Select(c => c.StartsWith('(') && c.EndsWith(')') ? c[1..^1].Trim() : c);
    }

    private static string Unquote(string quoted) => quoted.Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"^singleValueExtendedProperties/any\(\s*\w+\s*:\s*(?<body>.*)\)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AnyExtendedProperty();

    [GeneratedRegex(@"^\w+/(?<field>id|value)\s+eq\s+'(?<value>(?:[^']|'')*)'$", RegexOptions.IgnoreCase)]
    private static partial Regex LambdaComparison();

    [GeneratedRegex(@"^(?<prop>\w+)\s+(?<op>eq|ne)\s+'(?<value>(?:[^']|'')*)'$", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^singleValueExtendedProperties(?:\(\s*\$?filter\s*=\s*id\s+eq\s+'(?<id>(?:[^']|'')*)'\s*\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExpandExtendedProperties();
}
