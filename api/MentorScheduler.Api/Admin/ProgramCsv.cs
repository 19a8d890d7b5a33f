using System.Globalization;
using System.Text;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Admin;

/// <summary>
/// <c>GET /api/admin/program.csv</c>: one row per relationship with the columns a spreadsheet user expects, read in
/// one query (the session counts are subqueries), written as RFC 4180 CSV with a UTF-8 byte order mark so Excel
/// reads names with accents. A cell a spreadsheet would take for a formula (=, +, -, @) is prefixed with '.
/// </summary>
public sealed class ProgramCsv(MentorSchedulerDb db, ProgramQueries queries, TimeProvider clock)
{
    public static readonly string[] Columns =
    [
        "Relationship id", "Status", "Mentee", "Mentee email", "Mentor", "Mentor email", "Purpose", "Goals", "Cadence",
        "Meeting length (min)", "Start date", "Meetings", "Evaluate after meeting", "Evaluation", "Sessions held",
        "Sessions planned", "Sessions cancelled", "Proposed on", "First session", "Ended on",
    ];

    public async Task WriteAsync(string tenantId, Stream body, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var sessions = db.Sessions;
        var rows = queries.InTenant(tenantId).AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new
            {
                Relationship = r,
                Held = sessions.Count(s => s.RelationshipId == r.Id && s.Status == SessionStatus.Scheduled && s.EndMs <= nowMs),
                Planned = sessions.Count(s => s.RelationshipId == r.Id && s.Status == SessionStatus.Scheduled && s.EndMs > nowMs),
                Cancelled = sessions.Count(s => s.RelationshipId == r.Id && s.Status == SessionStatus.Cancelled),
                First = sessions.Where(s => s.RelationshipId == r.Id && s.Status == SessionStatus.Scheduled).Min(s => (long?)s.StartMs),
            })
            .AsAsyncEnumerable();

        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        await writer.WriteAsync(Line(Columns));
        await foreach (var row in rows.WithCancellation(ct))
        {
            var r = row.Relationship;
            await writer.WriteAsync(Line(
            [
                r.Id.ToString(),
                r.Status.ToString().ToLowerInvariant(),
                r.MenteeDisplayName, r.MenteeMail, r.MentorDisplayName, r.MentorMail,
                r.Purpose, string.Join("; ", r.Goals),
                r.Frequency.ToString().ToLowerInvariant(),
                Number(r.DurationMinutes),
                r.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Number(r.MeetingCount), Number(r.EvaluateAfterMeetings),
                EvaluationPoint.Status(r, now),
                Number(row.Held), Number(row.Planned), Number(row.Cancelled),
                Date(r.CreatedAt),
                row.First is { } first ? DateTimeOffset.FromUnixTimeMilliseconds(first).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : string.Empty,
                r.EndedAt is { } ended ? Date(ended) : string.Empty,
            ]));
        }
        await writer.FlushAsync(ct);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>One CSV record ending in CRLF.</summary>
    public static string Line(IEnumerable<string> cells) => string.Join(",", cells.Select(Cell)) + "\r\n";

    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
