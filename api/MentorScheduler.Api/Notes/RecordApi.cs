using MentorScheduler.Api.Relationships;
using System.Text;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Notes;

/// <summary>The record as a whole: the timeline, the Markdown export, and finding a session from Outlook.</summary>
public static class RecordApi
{
    public static async Task<Results<Ok<TimelineDto>, ProblemHttpResult>> Timeline(
        Guid id, MentorSchedulerDb db, CurrentUser user, RelationshipRecord record, CancellationToken ct)
    {
        var relationship = await RecordAccess.RelationshipAsync(db, user, id, ct);
        if (relationship is null) return RecordAccess.RelationshipNotFound(id);
        return TypedResults.Ok(RelationshipRecord.Timeline(await record.ReadAsync(relationship, ct)));
    }

    /// <summary>The record as <c>text/markdown</c>, as an attachment; <c>format</c> defaults to markdown, the only one.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        Guid id, string? format, MentorSchedulerDb db, CurrentUser user, RelationshipRecord record, TimeProvider clock, CancellationToken ct)
    {
        var relationship = await RecordAccess.RelationshipAsync(db, user, id, ct);
        if (relationship is null) return RecordAccess.RelationshipNotFound(id);
        if (format is not null && !string.Equals(format, "markdown", StringComparison.OrdinalIgnoreCase))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"'{format}' is not an export format; use markdown."] });

        var content = await record.ReadAsync(relationship, ct);
        var now = clock.GetUtcNow();
        return TypedResults.File(Encoding.UTF8.GetBytes(RecordExport.Markdown(content, now)), "text/markdown; charset=utf-8",
            RecordExport.FileName(content, now));
    }

    /// <summary>
    /// The session behind an Outlook event id. The id may contain '/', '+' and '=' (sent raw or percent-encoded);
    /// the catch-all route takes it whole.
    /// </summary>
    public static async Task<Results<Ok<SessionLookupDto>, ProblemHttpResult>> ByEvent(
        string eventId, SessionByEvent lookup, CancellationToken ct)
    {
        var id = Uri.UnescapeDataString(eventId);
        var found = string.IsNullOrWhiteSpace(id) ? null : await lookup.FindAsync(id, ct);
        if (found is not { } match)
            return Problems.NotFound("No mentoring session you take part in has this Outlook event. Open the meeting from your own calendar, or pick the session in MentorScheduler.");
        return TypedResults.Ok(new SessionLookupDto(match.Relationship.Id, SessionDto.From(match.Session)));
    }
}
