using System.Globalization;
using System.Text;

namespace MentorScheduler.Api.Relationships;

/// <summary>The opaque cursor of a list page: where the next page starts, encoded so that callers do not build it.</summary>
public static class PageCursor
{
    private const string Prefix = "o:";

    public static string For(int offset) =>
        Convert.ToBase64String(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

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
