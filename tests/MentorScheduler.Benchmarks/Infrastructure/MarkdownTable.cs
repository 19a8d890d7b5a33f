using System.Text;

namespace MentorScheduler.Benchmarks.Infrastructure;

/// <summary>A small GitHub-flavoured Markdown table, columns padded so it also reads in a terminal.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells)
    {
        if (cells.Length != headers.Length) throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Line(text, headers, widths);
        Line(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows) Line(text, row, widths);
        return text.ToString();
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths) =>
        text.Append("| ").AppendJoin(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).Append(" |\n");
}
