using System.Text;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Record;

/// <summary>
/// The record as people read it, drawn from every feature: the sessions with their agenda state, notes and
/// items, cancelling one, the timeline, the Markdown export, and finding a session from Outlook.
/// </summary>
public static class RecordApi
{
    public static IServiceCollection AddRecord(this IServiceCollection services) => services
        .AddScoped<SessionViews>()
        .AddScoped<RelationshipRecord>()
        .AddScoped<SessionByEvent>();

    public static void MapRecord(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relationships/{id:guid}").RequireAuthorization(ApiPermissions.UserPolicy).WithTags("Record");
        group.MapGet("/sessions", Sessions).WithSummary("The relationship's sessions, refreshed from Outlook.");
        group.MapPost("/sessions/{sessionId:guid}/cancel", Cancel)
            .WithSummary("Cancel one session in Outlook; it stays in the record as cancelled.");
        group.MapGet("/timeline", Timeline).KeepsNotesPrivate().WithSummary("The whole record: the agreement, then each session with its notes and action items.");
        group.MapGet("/export", Export).KeepsNotesPrivate().WithSummary("The whole record as a Markdown document to keep (format=markdown).");

        app.MapGroup("/api/sessions").RequireAuthorization(ApiPermissions.UserPolicy).WithTags("Record")
            .MapGet("/by-event/{**eventId}", ByEvent)
            .WithSummary("The session behind an Outlook event id, from the organiser's or the mentor's calendar.");
    }

    public static async Task<Results<Ok<List<SessionDto>>, ProblemHttpResult>> Sessions(
        Guid id, RecordAccess records, CurrentUser user, SessionViews views, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        return TypedResults.Ok(await views.ListAsync(access.Relationship, user.ObjectId, ct));
    }

    public static async Task<Results<Ok<SessionDto>, ProblemHttpResult>> Cancel(
        Guid id, Guid sessionId, CancelSessionRequest? request, RecordAccess records, CurrentUser user,
        SessionCanceller canceller, SessionViews views, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is not { } access) return RecordAccess.SessionNotFound(sessionId);
        if (access.Role != RelationshipRole.Mentee)
            return RecordAccess.OnlyTheMentee(access.Relationship, "cancel", "As the mentor, decline the meeting in Outlook instead.");
        if (!await canceller.CancelAsync(access.Relationship, access.Session, request?.Comment, ct))
            return Problems.Conflict("Session already started", "This session has already started or been held, so it cannot be cancelled.", "sessionHeld");
        return TypedResults.Ok(await views.OneAsync(access.Session, user.ObjectId, ct));
    }

    public static async Task<Results<Ok<TimelineDto>, ProblemHttpResult>> Timeline(
        Guid id, RecordAccess records, RelationshipRecord record, TimeProvider clock, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        return TypedResults.Ok(RelationshipRecord.Timeline(await record.ReadAsync(access.Relationship, ct), clock.GetUtcNow()));
    }

    /// <summary>The record as <c>text/markdown</c>, as an attachment; <c>format</c> defaults to markdown, the only one.</summary>
    public static async Task<Results<FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Export(
        Guid id, string? format, RecordAccess records, RelationshipRecord record, TimeProvider clock, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (format is not null && !string.Equals(format, "markdown", StringComparison.OrdinalIgnoreCase))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [$"'{format}' is not an export format; use markdown."] });
        var content = await record.ReadAsync(access.Relationship, ct);
        var now = clock.GetUtcNow();
        return TypedResults.File(Encoding.UTF8.GetBytes(RecordExport.Markdown(content, now)), "text/markdown; charset=utf-8",
            RecordExport.FileName(content, now));
    }

    /// <summary>
    /// The session behind an Outlook event id. The id may contain '/', '+' and '=' (sent raw or percent-encoded);
    /// the catch-all route takes it whole.
    /// </summary>
    public static async Task<Results<Ok<SessionLookupDto>, ProblemHttpResult>> ByEvent(
        string eventId, DateTimeOffset? start, SessionByEvent lookup, CancellationToken ct)
    {
        var id = Uri.UnescapeDataString(eventId);
        var found = string.IsNullOrWhiteSpace(id) ? null : await lookup.FindAsync(id, start, ct);
        if (found is not { } match)
            return Problems.NotFound("No mentoring session you take part in has this Outlook event. Open the meeting from your own calendar, or pick the session in MentorScheduler.");
        return TypedResults.Ok(new SessionLookupDto(match.Relationship.Id, SessionDto.From(match.Session)));
    }
}
