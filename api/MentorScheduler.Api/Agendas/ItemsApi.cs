using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Discussion items and questions for a session. Editable and removable by their author until the agenda
/// is sent; added after that (or after the session began), they go to the next session.
/// </summary>
public static class ItemsApi
{
    public static void MapItems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relationships/{id:guid}/sessions/{sessionId:guid}/items")
            .RequireAuthorization(ApiPermissions.UserPolicy).WithTags("Agendas");
        group.MapPost("/", Add).WithSummary("Add a discussion item or a question (mentee or mentor).");
        group.MapGet("/", List).KeepsNotesPrivate().WithSummary("The session's discussion items and questions.");
        group.MapPatch("/{itemId:guid}", Edit).WithSummary("Edit your own item before the agenda is sent.");
        group.MapDelete("/{itemId:guid}", Remove).WithSummary("Remove your own item before the agenda is sent.");
    }

    public static async Task<Results<Created<ItemDto>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, Guid sessionId, ItemRequest? request, RecordAccess records, AgendaItems items, CurrentUser user, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is not { } access) return RecordAccess.SessionNotFound(sessionId);
        if (!access.IsParticipant) return RecordAccess.ReadOnly();
        var (text, kind, errors) = AgendaItems.Validate(request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var (item, refusal) = await items.AddAsync(access, text, kind, ct);
        if (item is null) return refusal!.AsProblem();
        return TypedResults.Created($"/api/relationships/{id}/sessions/{item.SessionId}/items/{item.Id}", ItemDto.From(item, user.ObjectId));
    }

    public static async Task<Results<Ok<List<ItemDto>>, ProblemHttpResult>> List(
        Guid id, Guid sessionId, RecordAccess records, MentorSchedulerDb db, CurrentUser user, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is null) return RecordAccess.SessionNotFound(sessionId);
        var items = await db.DiscussionItems.AsNoTracking().Where(i => i.SessionId == sessionId).ToListAsync(ct);
        return TypedResults.Ok(items.OrderBy(i => i.CreatedAt).Select(i => ItemDto.From(i, user.ObjectId)).ToList());
    }

    public static async Task<Results<Ok<ItemDto>, ValidationProblem, ProblemHttpResult>> Edit(
        Guid id, Guid sessionId, Guid itemId, ItemUpdate? request, RecordAccess records, AgendaItems items, MentorSchedulerDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (item, problem) = await OwnEditableAsync(records, items, db, user, id, sessionId, itemId, ct);
        if (item is null) return problem!;
        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > AgendaItems.MaxText)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Write the item in 1 to {AgendaItems.MaxText} characters."] });
        item.Text = text;
        item.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ItemDto.From(item, user.ObjectId));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid id, Guid sessionId, Guid itemId, RecordAccess records, AgendaItems items, MentorSchedulerDb db, CurrentUser user, CancellationToken ct)
    {
        var (item, problem) = await OwnEditableAsync(records, items, db, user, id, sessionId, itemId, ct);
        if (item is null) return problem!;
        db.DiscussionItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<(DiscussionItem? Item, ProblemHttpResult? Problem)> OwnEditableAsync(
        RecordAccess records, AgendaItems items, MentorSchedulerDb db, CurrentUser user, Guid id, Guid sessionId, Guid itemId, CancellationToken ct)
    {
        var access = await records.SessionAsync(id, sessionId, ct);
        var item = access is null ? null : await db.DiscussionItems.FirstOrDefaultAsync(i => i.Id == itemId && i.SessionId == sessionId, ct);
        if (item is null) return (null, Problems.NotFound($"There is no item {itemId} in a session you can see."));
        if (item.AuthorId != user.ObjectId)
            return (null, Problems.Forbidden("Not your item", $"{item.AuthorName} wrote this item; only they can change or remove it.", "notAuthor"));
        if (await items.AgendaSentAsync(sessionId, ct))
            return (null, Problems.Conflict("Agenda already sent", "The agenda with this item has gone to the mentor, so it can no longer be changed. " +
                "Add a new item for the next session instead.", "agendaSent"));
        return (item, null);
    }
}
