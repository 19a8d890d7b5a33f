using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Relationships;
using MentorScheduler.Api.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Discussion items and questions for a session. Editable and removable by their author until the agenda
/// is sent; added after that (or after the session began), they go to the next session.
/// </summary>
public static class ItemsApi
{
    public const int MaxText = 2000;

    public static void MapItems(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relationships/{id:guid}/sessions/{sessionId:guid}/items")
            .RequireAuthorization(IdentityConstants.UserPolicy).WithTags("Agendas");
        group.MapPost("/", Add).WithSummary("Add a discussion item or a question (mentee or mentor).");
        group.MapGet("/", List).WithSummary("The session's discussion items and questions.");
        group.MapPatch("/{itemId:guid}", Edit).WithSummary("Edit your own item before the agenda is sent.");
        group.MapDelete("/{itemId:guid}", Remove).WithSummary("Remove your own item before the agenda is sent.");
    }

    public static async Task<Results<Created<ItemDto>, ValidationProblem, ProblemHttpResult>> Add(
        Guid id, Guid sessionId, ItemRequest? request, MentorSchedulerDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var access = await RecordAccess.SessionAsync(db, user, id, sessionId, ct);
        if (access is null) return RecordAccess.SessionNotFound(sessionId);
        var (r, session, canWrite) = access;
        if (!canWrite)
            return Problems.Create(403, "Only the two of you add items", "Program admins can read agendas but only the mentee and the mentor add items.", "notParticipant");

        var errors = new Dictionary<string, string[]>();
        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text)) errors["text"] = ["Write the item: a topic, a problem with a proposed solution, or a question."];
        else if (text.Length > MaxText) errors["text"] = [$"The item is {text.Length} characters; keep it to {MaxText}."];
        var kind = request?.Kind is null ? ItemKind.Discussion
            : EnumText.TryParse<ItemKind>(request.Kind, out var k) ? k : (ItemKind?)null;
        if (kind is null) errors["kind"] = [$"'{request!.Kind}' is not a kind of item; use discussion or question."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var target = await TargetSessionAsync(db, session, clock.GetUtcNow(), ct);
        if (target is null)
            return Problems.Conflict("No session to add it to",
                "This session's agenda has gone out and there is no later session booked. Book or amend the series to add items.", "noLaterSession");

        var now = clock.GetUtcNow();
        var item = new DiscussionItem
        {
            Id = Guid.CreateVersion7(now),
            TenantId = r.TenantId,
            RelationshipId = r.Id,
            SessionId = target.Id,
            Kind = kind!.Value,
            Text = text!,
            AuthorId = user.ObjectId,
            AuthorName = user.DisplayName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.DiscussionItems.Add(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/relationships/{id}/sessions/{target.Id}/items/{item.Id}", ItemDto.From(item, user.ObjectId));
    }

    public static async Task<Results<Ok<List<ItemDto>>, ProblemHttpResult>> List(
        Guid id, Guid sessionId, MentorSchedulerDb db, CurrentUser user, CancellationToken ct)
    {
        var access = await RecordAccess.SessionAsync(db, user, id, sessionId, ct);
        if (access is null) return RecordAccess.SessionNotFound(sessionId);
        var items = await db.DiscussionItems.AsNoTracking().Where(i => i.SessionId == sessionId).ToListAsync(ct);
        return TypedResults.Ok(items.OrderBy(i => i.CreatedAt).Select(i => ItemDto.From(i, user.ObjectId)).ToList());
    }

    public static async Task<Results<Ok<ItemDto>, ValidationProblem, ProblemHttpResult>> Edit(
        Guid id, Guid sessionId, Guid itemId, ItemUpdate? request, MentorSchedulerDb db, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var (item, problem) = await OwnEditableAsync(db, user, id, sessionId, itemId, ct);
        if (item is null) return problem!;
        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxText)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"Write the item in 1 to {MaxText} characters."] });
        item.Text = text;
        item.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ItemDto.From(item, user.ObjectId));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Remove(
        Guid id, Guid sessionId, Guid itemId, MentorSchedulerDb db, CurrentUser user, CancellationToken ct)
    {
        var (item, problem) = await OwnEditableAsync(db, user, id, sessionId, itemId, ct);
        if (item is null) return problem!;
        db.DiscussionItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<(DiscussionItem? Item, ProblemHttpResult? Problem)> OwnEditableAsync(
        MentorSchedulerDb db, CurrentUser user, Guid id, Guid sessionId, Guid itemId, CancellationToken ct)
    {
        var access = await RecordAccess.SessionAsync(db, user, id, sessionId, ct);
        var item = access is null ? null : await db.DiscussionItems.FirstOrDefaultAsync(i => i.Id == itemId && i.SessionId == sessionId, ct);
        if (item is null) return (null, Problems.NotFound($"There is no item {itemId} in a session you can see."));
        if (item.AuthorId != user.ObjectId)
            return (null, Problems.Create(403, "Not your item", $"{item.AuthorName} wrote this item; only they can change or remove it.", "notAuthor"));
        if (await AgendaSentAsync(db, sessionId, ct))
            return (null, Problems.Conflict("Agenda already sent", "The agenda with this item has gone to the mentor, so it can no longer be changed. Add a new item for the next session instead.", "agendaSent"));
        return (item, null);
    }

    public static Task<bool> AgendaSentAsync(MentorSchedulerDb db, Guid sessionId, CancellationToken ct) =>
        db.AgendaDeliveries.AnyAsync(d => d.SessionId == sessionId && d.Kind == DeliveryKind.Agenda && d.Status == DeliveryStatus.Sent, ct);

    /// <summary>This session while its agenda is still open; otherwise the next scheduled session.</summary>
    private static async Task<Session?> TargetSessionAsync(MentorSchedulerDb db, Session session, DateTimeOffset now, CancellationToken ct)
    {
        if (session.Status == SessionStatus.Scheduled && session.Start > now && !await AgendaSentAsync(db, session.Id, ct))
            return session;
        var later = await db.Sessions.AsNoTracking()
            .Where(s => s.RelationshipId == session.RelationshipId && s.Status == SessionStatus.Scheduled && s.Number > session.Number)
            .ToListAsync(ct);
        foreach (var candidate in later.Where(s => s.Start > now).OrderBy(s => s.Number))
            if (!await AgendaSentAsync(db, candidate.Id, ct)) return candidate;
        return null;
    }
}
