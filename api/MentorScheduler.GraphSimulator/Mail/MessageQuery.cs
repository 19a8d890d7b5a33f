using System.Text.RegularExpressions;
using MentorScheduler.GraphSimulator.Infrastructure;

namespace MentorScheduler.GraphSimulator.Mail;

/// <summary><c>$expand=singleValueExtendedProperties</c>, optionally narrowed with <c>($filter=id eq '…')</c>.</summary>
internal sealed record ExtendedPropertyExpand(string? Id)
{
    public bool Includes(ExtendedProperty property) =>
        Id is null || string.Equals(Id, property.Id, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The message list options the simulator understands: <c>$filter</c> clauses joined by <c>and</c>
/// (<c>subject eq</c>, <c>isRead eq</c>, <c>from/emailAddress/address eq</c>,
/// <c>singleValueExtendedProperties/Any(ep: ep/id eq '…' and ep/value eq '…')</c>), <c>$orderby</c> on
/// receivedDateTime, sentDateTime or subject (receivedDateTime desc by default) and <c>$expand</c>.
/// </summary>
internal sealed partial record MessageQuery(IReadOnlyList<Func<StoredMessage, bool>> Filters, string OrderBy, bool Descending, ExtendedPropertyExpand? Expand)
{
    /// <summary>The parsed options, or a message saying which part Graph's simulator cannot read.</summary>
    public static (MessageQuery? Query, string? Problem) Parse(ODataQuery odata)
    {
        var filters = new List<Func<StoredMessage, bool>>();
        foreach (var clause in string.IsNullOrWhiteSpace(odata.Filter) ? [] : SplitOnAnd(odata.Filter))
        {
            var filter = Clause(Unwrap(clause));
            if (filter is null) return (null, $"Invalid filter clause: the simulator cannot read '{clause.Trim()}'.");
            filters.Add(filter);
        }

        var order = OrderByPattern().Match(odata.OrderBy?.Trim() ?? "receivedDateTime desc");
        if (!order.Success) return (null, $"Invalid $orderby '{odata.OrderBy}': use receivedDateTime, sentDateTime or subject, asc or desc.");

        ExtendedPropertyExpand? expand = null;
        if (!string.IsNullOrWhiteSpace(odata.Expand))
        {
            var match = ExpandPattern().Match(odata.Expand.Trim());
            if (!match.Success) return (null, $"Invalid $expand '{odata.Expand}': the simulator expands singleValueExtendedProperties($filter=id eq '…').");
            expand = new ExtendedPropertyExpand(match.Groups["id"].Success ? Unquote(match.Groups["id"].Value) : null);
        }

        return (new MessageQuery(filters, order.Groups["property"].Value, order.Groups["direction"].Value.Equals("desc", StringComparison.OrdinalIgnoreCase), expand), null);
    }

    public IEnumerable<StoredMessage> Apply(IEnumerable<StoredMessage> messages)
    {
        var matching = messages.Where(m => Filters.All(f => f(m)));
        Func<StoredMessage, IComparable> key = OrderBy.ToUpperInvariant() switch
        {
            "SENTDATETIME" => m => m.SentAt,
            "SUBJECT" => m => m.Mail.Subject.ToUpperInvariant(),
            _ => m => m.ReceivedAt,
        };
        return Descending
            ? matching.OrderByDescending(key).ThenByDescending(m => m.Sequence)
            : matching.OrderBy(key).ThenBy(m => m.Sequence);
    }

    private static Func<StoredMessage, bool>? Clause(string clause)
    {
        if (AnyExtendedProperty().Match(clause) is { Success: true } any)
        {
            var (id, value) = (Unquote(any.Groups["id"].Value), Unquote(any.Groups["value"].Value));
            return m => m.Mail.ExtendedProperties.Any(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase) && p.Value == value);
        }
        if (Comparison().Match(clause) is not { Success: true } comparison) return null;
        var literal = comparison.Groups["literal"].Value;
        return comparison.Groups["property"].Value.ToUpperInvariant() switch
        {
            "SUBJECT" when literal.StartsWith('\'') => m => string.Equals(m.Mail.Subject, Unquote(literal), StringComparison.OrdinalIgnoreCase),
            "FROM/EMAILADDRESS/ADDRESS" when literal.StartsWith('\'') => m => string.Equals(m.From.Address, Unquote(literal), StringComparison.OrdinalIgnoreCase),
            "ISREAD" when bool.TryParse(literal, out var isRead) => m => m.IsRead == isRead,
            _ => null,
        };
    }

    /// <summary>Splits on <c>and</c> outside quotes and parentheses.</summary>
    private static List<string> SplitOnAnd(string filter)
    {
        var parts = new List<string>();
        var (depth, quoted, start) = (0, false, 0);
        for (var i = 0; i < filter.Length; i++)
        {
            var c = filter[i];
            if (c == '\'') quoted = !quoted;
            else if (!quoted && c == '(') depth++;
            else if (!quoted && c == ')') depth--;
            else if (!quoted && depth == 0 && string.Compare(filter, i, " and ", 0, 5, StringComparison.OrdinalIgnoreCase) == 0)
            {
                parts.Add(filter[start..i]);
                start = i + 5;
                i += 4;
            }
        }
        parts.Add(filter[start..]);
        return parts;
    }

    private static string Unwrap(string clause)
    {
        var trimmed = clause.Trim();
        return trimmed.StartsWith('(') && trimmed.EndsWith(')') ? Unwrap(trimmed[1..^1]) : trimmed;
    }

    private static string Unquote(string literal) =>
        literal[1..^1].Replace("''", "'", StringComparison.Ordinal);

    [GeneratedRegex(@"^singleValueExtendedProperties/any\(\s*(?<v>\w+)\s*:\s*\k<v>/id\s+eq\s+(?<id>'(?:[^']|'')*')\s+and\s+\k<v>/value\s+eq\s+(?<value>'(?:[^']|'')*')\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex AnyExtendedProperty();

    [GeneratedRegex(@"^(?<property>[\w/]+)\s+eq\s+(?<literal>'(?:[^']|'')*'|true|false)$", RegexOptions.IgnoreCase)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"^(?<property>receivedDateTime|sentDateTime|subject)(\s+(?<direction>asc|desc))?$", RegexOptions.IgnoreCase)]
    private static partial Regex OrderByPattern();

    [GeneratedRegex(@"^singleValueExtendedProperties(\(\s*\$filter\s*=\s*id\s+eq\s+(?<id>'(?:[^']|'')*')\s*\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ExpandPattern();
}
