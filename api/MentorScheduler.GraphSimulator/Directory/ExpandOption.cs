using MentorScheduler.GraphSimulator.Infrastructure;

namespace MentorScheduler.GraphSimulator.Directory;

/// <summary>One <c>$expand</c> item such as <c>manager($levels=max;$select=id,displayName)</c>.</summary>
internal sealed record ExpandOption(string Property, int Levels, IReadOnlyList<string>? Select)
{
    public static ExpandOption Parse(string expand)
    {
        var open = expand.IndexOf('(', StringComparison.Ordinal);
        if (open < 0) return new ExpandOption(expand.Trim(), 1, null);

        var property = expand[..open].Trim();
        var inner = expand[(open + 1)..expand.LastIndexOf(')')];
        var levels = 1;
        IReadOnlyList<string>? select = null;
        foreach (var option in ODataQuery.SplitTopLevel(inner, ';'))
        {
            var parts = option.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2) continue;
            switch (parts[0].TrimStart('$').ToUpperInvariant())
            {
                case "LEVELS":
                    levels = parts[1].Equals("max", StringComparison.OrdinalIgnoreCase) ? int.MaxValue
                        : int.TryParse(parts[1], out var n) ? n : 1;
                    break;
                case "SELECT":
                    select = parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                    break;
            }
        }
        return new ExpandOption(property, levels, select);
    }
}
