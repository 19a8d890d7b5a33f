using MentorScheduler.Api.Core;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Notes;

/// <summary>The action-item endpoints: an item belongs to the session where it was set, and lives in the relationship.</summary>
public static class ActionItemsApi
{
    public static async Task<Results<Created<ActionItemDto>, ValidationProblem, ProblemHttpResult>> Create(
        Guid id, Guid sessionId, ActionItemInput? request, RecordAccess records, ActionItemService items, CancellationToken ct)
    {
        if (await records.SessionAsync(id, sessionId, ct) is not { } access) return RecordAccess.SessionNotFound(sessionId);
        if (!access.IsParticipant) return RecordAccess.ReadOnly();
        var (item, errors) = NotesValidator.NewItem(request);
        if (item is null) return TypedResults.ValidationProblem(errors, title: "Some fields need attention");
        if (await items.CreateAsync(access, item, ct) is not { } created)
            return Problems.Unprocessable("Too many action items",
                $"This session already holds {NotesValidator.MaxActionItems} action items, the most a session may. Mark finished items done, or add the item to the next session.",
                "tooManyActionItems");
        return TypedResults.Created($"/api/relationships/{id}/action-items/{created.Id}", ActionItemDto.From(created));
    }

    /// <summary>All the relationship's items, or only the open or the done ones.</summary>
    public static async Task<Results<Ok<List<ActionItemDto>>, ValidationProblem, ProblemHttpResult>> List(
        Guid id, string? status, RecordAccess records, ActionItemService items, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        ActionStatus? filter = null;
        if (!string.IsNullOrEmpty(status))
        {
            if (!EnumText.TryParse<ActionStatus>(status, out var parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"'{status}' is not a status; use open or done, or leave it out for all items."] });
            filter = parsed;
        }
        return TypedResults.Ok((await items.ListAsync(access.Relationship, filter, ct)).Select(ActionItemDto.From).ToList());
    }

    public static async Task<Results<Ok<ActionItemDto>, ProblemHttpResult>> Get(
        Guid id, Guid itemId, RecordAccess records, ActionItemService items, CancellationToken ct)
    {
        var access = await records.RelationshipAsync(id, ct);
        var item = access is null ? null : await items.FindAsync(access.Relationship, itemId, ct);
        return item is null ? ItemNotFound(itemId) : TypedResults.Ok(ActionItemDto.From(item));
    }

    /// <summary>Marks an item done (CompletedAt is set) or open again (cleared), or changes its due date, text or owner.</summary>
    public static async Task<Results<Ok<ActionItemDto>, ValidationProblem, ProblemHttpResult>> Patch(
        Guid id, Guid itemId, ActionItemPatch? request, RecordAccess records, ActionItemService items, CancellationToken ct)
    {
        var access = await records.RelationshipAsync(id, ct);
        var item = access is null ? null : await items.FindAsync(access.Relationship, itemId, ct);
        if (item is null) return ItemNotFound(itemId);
        if (!access!.IsParticipant) return RecordAccess.ReadOnly();
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the change as a JSON object, for example {\"status\":\"done\"}."] });
        var (patch, errors) = NotesValidator.Validate(request);
        if (patch is null) return TypedResults.ValidationProblem(errors, title: "Some fields need attention");
        await items.PatchAsync(item, patch, ct);
        return TypedResults.Ok(ActionItemDto.From(item));
    }

    private static ProblemHttpResult ItemNotFound(Guid itemId) =>
        Problems.NotFound($"There is no action item {itemId} in a relationship you can see.");
}
