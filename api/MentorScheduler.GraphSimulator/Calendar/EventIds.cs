using System.Buffers.Text;
using System.Globalization;
using System.Text;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// Identifiers in Outlook's shapes. Occurrence ids encode the series master's id and the original start, so an
/// occurrence stays addressable without being stored.
/// </summary>
internal static class EventIds
{
    private const string ItemPrefix = "AAMkAG";
    private const string OccurrencePrefix = "AAMkOC";
    private const string ICalPrefix = "040000008200E00074C5B7101A82E008";
    private const string OriginalStartFormat = "yyyyMMdd'T'HHmmss'Z'";

    public static string NewItemId() => ItemPrefix + Base64Url.EncodeToString(Guid.NewGuid().ToByteArray());

    public static string OccurrenceId(string masterId, Instant originalStart)
    {
        var stamp = originalStart.ToDateTimeUtc().ToString(OriginalStartFormat, CultureInfo.InvariantCulture);
        return OccurrencePrefix + Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{masterId}|{stamp}"));
    }

    /// <summary>Reads an occurrence id back into its master id and original start.</summary>
    public static bool TryParseOccurrence(string id, out string masterId, out Instant originalStart)
    {
        masterId = string.Empty;
        originalStart = default;
        if (!id.StartsWith(OccurrencePrefix, StringComparison.Ordinal)) return false;
        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(id.AsSpan(OccurrencePrefix.Length));
        }
        catch (FormatException)
        {
            return false;
        }
        var parts = Encoding.UTF8.GetString(bytes).Split('|');
        if (parts.Length != 2) return false;
        if (!DateTime.TryParseExact(parts[1], OriginalStartFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var start)) return false;
        masterId = parts[0];
        originalStart = Instant.FromDateTimeUtc(DateTime.SpecifyKind(start, DateTimeKind.Utc));
        return true;
    }

    /// <summary>A global object id as Outlook writes it: the instance date bytes are zero for a series or single event.</summary>
    public static string NewICalUId(Instant created)
    {
        var fileTime = created.ToDateTimeUtc().ToFileTimeUtc();
        var stamp = string.Concat(BitConverter.GetBytes(fileTime).Select(b => b.ToString("X2", CultureInfo.InvariantCulture)));
        return ICalPrefix + "00000000" + stamp + "0000000000000000" + "10000000" + Guid.NewGuid().ToString("N").ToUpperInvariant();
    }

    /// <summary>An occurrence's iCalUId: the series' with the occurrence's date in the instance bytes.</summary>
    public static string InstanceICalUId(string seriesICalUId, LocalDate date)
    {
        if (seriesICalUId.Length < ICalPrefix.Length + 8) return seriesICalUId;
        var instance = date.Year.ToString("X4", CultureInfo.InvariantCulture) + date.Month.ToString("X2", CultureInfo.InvariantCulture) + date.Day.ToString("X2", CultureInfo.InvariantCulture);
        return seriesICalUId[..ICalPrefix.Length] + instance + seriesICalUId[(ICalPrefix.Length + 8)..];
    }

    public static string ChangeKey(int version) => "DwAAABYAAAD" + version.ToString("D8", CultureInfo.InvariantCulture);

    /// <summary>The <c>cancelledOccurrences</c> entry for an occurrence: <c>OID.{masterId}.{date}</c>.</summary>
    public static string CancelledOccurrence(string masterId, LocalDate date) =>
        $"OID.{masterId}.{date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}";
}
