using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MentorScheduler.Api.Notes;

/// <summary>
/// The strong ETag of a session's notes: the notes version, plus a short hash of the session's action items when
/// it has any (<c>"0"</c> for no notes, <c>"3"</c>, <c>"3-9f2c61d0"</c>). An item marked done or added on its own
/// therefore changes the ETag too, so a stale copy of the notes cannot reopen it unseen.
/// </summary>
public static class NotesETag
{
    public static string For(int version, IReadOnlyCollection<ActionItem> items)
    {
        var number = version.ToString(CultureInfo.InvariantCulture);
        if (items.Count == 0) return $"\"{number}\"";
        var state = new StringBuilder();
        foreach (var item in items.OrderBy(i => i.Id))
            state.Append(CultureInfo.InvariantCulture, $"{item.Id:N}|{item.Owner}|{item.Status}|{item.DueDate:yyyy-MM-dd}|{item.Text}\n");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(state.ToString()));
        return $"\"{number}-{Convert.ToHexStringLower(hash, 0, 4)}\"";
    }

    /// <summary>
    /// How an <c>If-Match</c> header compares with the current ETag (RFC 9110 §13.1.1): absent, matching (one of the
    /// listed tags by strong comparison, or <c>*</c>), or stale. A weak tag never matches; a bare version
    /// without quotes is read as if quoted.
    /// </summary>
    public static IfMatch Evaluate(string? header, string current)
    {
        if (string.IsNullOrWhiteSpace(header)) return IfMatch.Absent;
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*") return IfMatch.Matches;
            if (part.StartsWith("W/", StringComparison.Ordinal)) continue;
            var tag = part.Length >= 2 && part[0] == '"' && part[^1] == '"' ? part : $"\"{part}\"";
            if (string.Equals(tag, current, StringComparison.Ordinal)) return IfMatch.Matches;
        }
        return IfMatch.Stale;
    }
}
