using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>What the agendas feature tells other features about its tables: sent agendas and discussion items.</summary>
public sealed class AgendaQueries(MentorSchedulerDb db) : ISessionContent
{
    /// <summary>Each session's agenda that has gone out or has failed for good, by session: its status and when it went out.</summary>
    public Task<Dictionary<Guid, (DeliveryStatus Status, DateTimeOffset? SentAt)>> AgendaOutcomesAsync(Guid relationshipId, CancellationToken ct) =>
        db.AgendaDeliveries.AsNoTracking()
            .Where(d => d.RelationshipId == relationshipId && d.Kind == DeliveryKind.Agenda
                        && (d.Status == DeliveryStatus.Sent || d.Status == DeliveryStatus.Failed))
            .ToDictionaryAsync(d => d.SessionId, d => (d.Status, d.SentAt), ct);

    /// <summary>The relationship's discussion items and questions, by session, each session's in the order they were added.</summary>
    public async Task<ILookup<Guid, DiscussionItem>> ItemsAsync(Guid relationshipId, CancellationToken ct) =>
        (await db.DiscussionItems.AsNoTracking().Where(i => i.RelationshipId == relationshipId).ToListAsync(ct))
            .OrderBy(i => i.CreatedAt).ToLookup(i => i.SessionId);

    public async Task<IReadOnlyCollection<Guid>> SessionsWithContentAsync(IReadOnlyCollection<Guid> sessionIds, CancellationToken ct) =>
        await db.DiscussionItems.Where(i => sessionIds.Contains(i.SessionId)).Select(i => i.SessionId).Distinct().ToListAsync(ct);
}
