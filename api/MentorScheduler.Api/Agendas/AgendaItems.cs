using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Discussion items and questions: checked, added to the session whose agenda is still open (this one, or
/// the next one once this agenda has gone out), and editable by their author until their agenda is sent.
/// </summary>
public sealed class AgendaItems(MentorSchedulerDb db, CurrentUser user, TimeProvider clock)
{
    public const int MaxText = 2000;

    /// <summary>The most discussion items and questions one session's agenda holds.</summary>
    public const int MaxPerSession = 30;

    /// <summary>The item to add, or the errors keyed by field.</summary>
    public static (string Text, ItemKind Kind, Dictionary<string, string[]> Errors) Validate(ItemRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        var text = request?.Text?.Trim();
        if (string.IsNullOrEmpty(text)) errors["text"] = ["Write the item: a topic, a problem with a proposed solution, or a question."];
        else if (text.Length > MaxText) errors["text"] = [$"The item is {text.Length} characters; keep it to {MaxText}."];
        var kind = ItemKind.Discussion;
        if (request?.Kind is not null && !EnumText.TryParse(request.Kind, out kind))
            errors["kind"] = [$"'{request.Kind}' is not a kind of item; use discussion or question."];
        return (text ?? string.Empty, kind, errors);
    }

    /// <summary>Adds the item to the session whose agenda is still open, or says why not: no such session, or it is full.</summary>
    public async Task<(DiscussionItem? Item, Refusal? Refusal)> AddAsync(SessionAccess access, string text, ItemKind kind, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var target = await TargetSessionAsync(access.Session, now, ct);
        if (target is null)
            return (null, new Refusal("No session to add it to",
                "This session's agenda has gone out and there is no later session booked. Book or amend the series to add items.", "noLaterSession",
                StatusCodes.Status409Conflict));
        if (await db.DiscussionItems.CountAsync(i => i.SessionId == target.Id, ct) >= MaxPerSession)
            return (null, new Refusal("The agenda is full",
                $"Session {target.Number} already has {MaxPerSession} items, the most an agenda holds. Remove or merge some before adding more.", "tooManyItems"));
        var item = new DiscussionItem
        {
            Id = Guid.CreateVersion7(now),
            TenantId = access.Relationship.TenantId,
            RelationshipId = access.Relationship.Id,
            SessionId = target.Id,
            Kind = kind,
            Text = text,
            AuthorId = user.ObjectId,
            AuthorName = user.DisplayName,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.DiscussionItems.Add(item);
        await db.SaveChangesAsync(ct);
        return (item, null);
    }

    public Task<bool> AgendaSentAsync(Guid sessionId, CancellationToken ct) =>
        db.AgendaDeliveries.AnyAsync(d => d.SessionId == sessionId && d.Kind == DeliveryKind.Agenda && d.Status == DeliveryStatus.Sent, ct);

    /// <summary>This session while its agenda is still open; otherwise the next scheduled session.</summary>
    private async Task<Session?> TargetSessionAsync(Session session, DateTimeOffset now, CancellationToken ct)
    {
        if (session.Status == SessionStatus.Scheduled && session.Start > now && !await AgendaSentAsync(session.Id, ct))
            return session;
        var later = await db.Sessions.AsNoTracking()
            .Where(s => s.RelationshipId == session.RelationshipId && s.Status == SessionStatus.Scheduled && s.Number > session.Number)
            .ToListAsync(ct);
        foreach (var candidate in later.Where(s => s.Start > now).OrderBy(s => s.Number))
            if (!await AgendaSentAsync(candidate.Id, ct)) return candidate;
        return null;
    }
}
