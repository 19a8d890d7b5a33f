using System.Globalization;
using System.Text;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Notes;
using NodaTime;
using NodaTime.Text;

namespace MentorScheduler.Api.Record;

/// <summary>
/// The whole record as a Markdown document for the mentee to keep: the agreement, then every session with its
/// notes and action items. Notes are already Markdown and go in as written; nothing is turned into HTML.
/// </summary>
public static class RecordExport
{
    private static readonly LocalDateTimePattern When = LocalDateTimePattern.CreateWithInvariantCulture("dddd d MMMM uuuu, HH:mm");
    private static readonly LocalTimePattern Time = LocalTimePattern.CreateWithInvariantCulture("HH:mm");

    public static string Markdown(RecordContent record, DateTimeOffset now)
    {
        var r = record.Relationship;
        var zone = TimeZones.Zone(r.TimeZone);
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line($"# Mentoring record: {r.MenteeDisplayName} with {r.MentorDisplayName}");
        Line();
        Line($"Exported {now.UtcDateTime.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture)} from MentorScheduler.");
        Line();
        Line("## The agreement");
        Line();
        Line($"- **Mentee:** {r.MenteeDisplayName} ({r.MenteeUpn})");
        Line($"- **Mentor:** {r.MentorDisplayName} ({r.MentorUpn})");
        Line($"- **Status:** {Lower(r.Status)}");
        Line($"- **Cadence:** {Lower(r.Frequency)}, {r.DurationMinutes} minutes a meeting");
        Line($"- **Length:** {r.MeetingCount} meetings, from {r.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        Line($"- **Evaluation:** after meeting {r.EvaluateAfterMeetings}, decide to continue, amend or end");
        Line($"- **Time zone:** {r.TimeZone}");
        Line();
        Line("### Purpose");
        Line();
        Line(r.Purpose);
        Line();
        Line("### Goals");
        Line();
        for (var i = 0; i < r.Goals.Count; i++) Line($"{i + 1}. {OneLine(r.Goals[i])}");

        if (record.Sessions.Count == 0)
        {
            Line();
            Line("_No sessions booked yet._");
        }
        foreach (var session in record.Sessions)
        {
            var start = Instant.FromDateTimeOffset(session.Start).InZone(zone).LocalDateTime;
            var end = Instant.FromDateTimeOffset(session.End).InZone(zone).LocalDateTime;
            Line();
            Line($"## Session {session.Number}: {When.Format(start)}–{Time.Format(end.TimeOfDay)} ({r.TimeZone})");
            if (session.Status == SessionStatus.Cancelled)
            {
                Line();
                Line("_This session was cancelled._");
            }
            Session(md, record, session);
        }
        return md.ToString();
    }

    /// <summary>A file name such as <c>mentoring-record-adele-vance-megan-bowen-2027-01-04.md</c>.</summary>
    public static string FileName(RecordContent record, DateTimeOffset now) =>
        $"mentoring-record-{Slug(record.Relationship.MenteeDisplayName)}-{Slug(record.Relationship.MentorDisplayName)}-{now.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.md";

    private static void Session(StringBuilder md, RecordContent record, Session session)
    {
        var notes = record.Notes.GetValueOrDefault(session.Id);
        var sections = new (string Title, string? Text)[]
        {
            ("Meeting notes", notes?.MeetingNotes),
            ("Mentor's advice", notes?.MentorAdvice),
            ("My action plan", notes?.MyActionPlan),
            ("Questions for next time", notes?.QuestionsForNextTime),
        };
        var items = record.Items[session.Id].OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToList();
        if (sections.All(s => string.IsNullOrWhiteSpace(s.Text)) && items.Count == 0)
        {
            md.Append("\n_No notes filed._\n");
            return;
        }
        foreach (var (title, text) in sections.Where(s => !string.IsNullOrWhiteSpace(s.Text)))
            md.Append("\n### ").Append(title).Append("\n\n").Append(text!.TrimEnd()).Append('\n');
        if (items.Count == 0) return;
        md.Append("\n### Action items\n\n");
        foreach (var item in items)
        {
            var done = item.Status == ActionStatus.Done;
            md.Append(done ? "- [x] " : "- [ ] ").Append(OneLine(item.Text)).Append(" (").Append(Lower(item.Owner));
            if (item.DueDate is { } due) md.Append(", due ").Append(due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (done && item.CompletedAt is { } completed)
                md.Append(", done ").Append(completed.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            md.Append(")\n");
        }
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "person" : result;
    }
}
