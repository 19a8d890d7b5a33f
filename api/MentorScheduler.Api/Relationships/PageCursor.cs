using System.Globalization;
using System.Text;

namespace MentorScheduler.Api.Relationships;

/// <summary>The opaque cursor of a list page: where the next page starts, encoded so that callers do not build it.</summary>
public static class PageCursor
{
    private const string Prefix = "o:";

    public static string For(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>
    /// Reads a list's <c>limit</c> (1 to <paramref name="maxSize"/>, <paramref name="defaultSize"/> when absent) and
    /// <c>cursor</c> (absent for the first page), adding what to fix to <paramref name="errors"/>;
    /// <paramref name="whereNextIs"/> says where the caller finds the next page's cursor.
    /// </summary>
    public static (int Size, int Skip) ReadPage(string? limit, string? cursor, int defaultSize, int maxSize, string whereNextIs, Dictionary<string, string[]> errors)
    {
        var size = defaultSize;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 || size > maxSize))
            errors["limit"] = [$"limit is a whole number from 1 to {maxSize}."];
        var skip = 0;
        if (cursor is not null && !TryRead(cursor, out skip))
            errors["cursor"] = [$"cursor is not one this API gave: take it from {whereNextIs}, or leave it out for the first page."];
        return (size, skip);
    }

    public static bool TryRead(string cursor, out int offset)
    {
        offset = 0;
        try
        {
            var padded = cursor.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            var text = Encoding.ASCII.GetString(Convert.FromBase64String(padded));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset >= 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
