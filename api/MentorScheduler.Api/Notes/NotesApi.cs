using MentorScheduler.Api.Core;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace MentorScheduler.Api.Notes;

/// <summary>Notes, their history, action items and the record as a whole (API.md "After the session").</summary>
public static class NotesApi
{
    /// <summary>The largest request body the notes endpoints read; larger ones get a 413 problem.</summary>
    public const long MaxBodyBytes = 1024 * 1024;

    public static IServiceCollection AddNotes(this IServiceCollection services) => services
        .AddScoped<NotesService>()
        .AddScoped<ActionItemService>()
        .AddScoped<NotesQueries>()
        .AddScoped<ISessionContent>(sp => sp.GetRequiredService<NotesQueries>());

    public static void MapNotes(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relationships/{id:guid}")
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithTags("Notes");
        var notes = group.MapGroup("/sessions/{sessionId:guid}");
        notes.MapGet("/notes", Get).KeepsNotesPrivate().WithSummary("A session's notes (Markdown and HTML) and action items, with an ETag.");
        notes.MapPut("/notes", Put)
            .WithSummary("Save a session's notes; send If-Match with the ETag from GET once notes exist (412 when stale, 428 when missing).");
        notes.MapGet("/notes/history", History).KeepsNotesPrivate().WithSummary("Every saved version of a session's notes: number, author, time.");
        notes.MapGet("/notes/history/{version:int}", Version).KeepsNotesPrivate().WithSummary("One saved version of a session's notes in full.");
        notes.MapPost("/action-items", ActionItemsApi.Create).WithSummary("Add an action item to a session.");
        group.MapGet("/action-items", ActionItemsApi.List).KeepsNotesPrivate().WithSummary("The relationship's action items, open or done.");
        group.MapGet("/action-items/{itemId:guid}", ActionItemsApi.Get).KeepsNotesPrivate().WithSummary("One action item.");
        group.MapPatch("/action-items/{itemId:guid}", ActionItemsApi.Patch).WithSummary("Mark an action item done or open, or change its due date.");
    }

    public static async Task<Results<Ok<NotesDto>, ProblemHttpResult>> Get(
        Guid id, Guid sessionId, HttpContext http, RecordAccess records, NotesService notes, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is not { } access) return RecordAccess.SessionNotFound(sessionId);
        var current = await notes.ReadAsync(sessionId, ct);
        http.Response.Headers.ETag = current.ETag;
        return TypedResults.Ok(NotesDto.From(sessionId, current.Latest, current.Items));
    }

    /// <summary>
    /// Replaces the notes. The first save needs no If-Match; once notes exist an If-Match is required (428 without
    /// one) and must carry the current ETag (412 otherwise, and nothing changes).
    /// </summary>
    public static async Task<Results<Ok<NotesDto>, ValidationProblem, ProblemHttpResult>> Put(
        Guid id, Guid sessionId, NotesRequest? request, HttpContext http, RecordAccess records,
        NotesService notes, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is not { } access) return RecordAccess.SessionNotFound(sessionId);
        if (!access.IsParticipant) return RecordAccess.ReadOnly();
        var (valid, errors) = NotesValidator.Validate(request);
        if (valid is null) return TypedResults.ValidationProblem(errors, title: "Some fields need attention");
        var current = await notes.ReadAsync(sessionId, ct);
        if (Precondition(http, current) is { } unmet) return unmet;
        var outcome = await notes.SaveAsync(access, valid, current, ct);
        if (outcome.Errors is { } refused) return TypedResults.ValidationProblem(refused, title: "Some fields need attention");
        if (outcome.IsStale) return Stale(http, outcome.Notes!);
        http.Response.Headers.ETag = outcome.Notes!.ETag;
        return TypedResults.Ok(NotesDto.From(sessionId, outcome.Notes.Latest, outcome.Notes.Items));
    }

    public static async Task<Results<Ok<List<NoteVersionSummaryDto>>, ProblemHttpResult>> History(
        Guid id, Guid sessionId, RecordAccess records, NotesService notes, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is null) return RecordAccess.SessionNotFound(sessionId);
        return TypedResults.Ok((await notes.HistoryAsync(sessionId, ct)).Select(NoteVersionSummaryDto.From).ToList());
    }

    public static async Task<Results<Ok<NoteVersionDto>, ProblemHttpResult>> Version(
        Guid id, Guid sessionId, int version, RecordAccess records, NotesService notes, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is null) return RecordAccess.SessionNotFound(sessionId);
        var found = await notes.VersionAsync(sessionId, version, ct);
        return found is null
            ? Problems.NotFound($"The notes of session {sessionId} have no version {version}; GET .../notes/history lists them.")
            : TypedResults.Ok(NoteVersionDto.From(found));
    }

    /// <summary>Null when the If-Match header allows the save; otherwise 428 (missing once notes exist) or 412 (stale).</summary>
    private static ProblemHttpResult? Precondition(HttpContext http, CurrentNotes current) =>
        NotesETag.Evaluate(http.Request.Headers.IfMatch, current.ETag) switch
        {
            IfMatch.Absent when current.Latest is not null => Problems.Create(StatusCodes.Status428PreconditionRequired,
                "Send If-Match to change existing notes",
                $"These notes have already been saved (version {current.Version}). Read them with GET, then save with the ETag it returned in an If-Match header, " +
                    "so that your save cannot overwrite someone else's unseen.",
                "ifMatchRequired"),
            IfMatch.Stale => Stale(http, current),
            _ => null,
        };

    private static ProblemHttpResult Stale(HttpContext http, CurrentNotes current)
    {
        http.Response.Headers.ETag = current.ETag;
        return TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The notes changed since you read them",
            detail: $"Someone saved these notes after you loaded them; they are now at ETag {current.ETag}. Nothing was changed. " +
                    "Reload them with GET, merge your changes into the current text, and save again with the new ETag in If-Match. " +
                    "Your earlier versions stay in the history.",
            extensions: new Dictionary<string, object?> { ["code"] = "notesChanged", ["currentETag"] = current.ETag, ["currentVersion"] = current.Version });
    }
}
