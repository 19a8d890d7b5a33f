using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Notes;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Record;

/// <summary>Sessions as API.md shows them: each with its agenda's state, whether notes are filed, and its items.</summary>
public sealed class SessionViews(MentorSchedulerDb db, AgendaQueries agendas, NotesQueries notes)
{
    /// <summary>The relationship's sessions by start, from the record (Outlook's changes reach it by change notifications).</summary>
    public async Task<List<SessionDto>> ListAsync(Relationship r, string callerId, CancellationToken ct)
    {
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.RelationshipId == r.Id).ToListAsync(ct);
        var facts = await FactsAsync(r.Id, ct);
        return sessions.OrderBy(s => s.Start).ThenBy(s => s.Number).Select(s => facts.View(s, callerId)).ToList();
    }

    public async Task<SessionDto> OneAsync(Session session, string callerId, CancellationToken ct) =>
        (await FactsAsync(session.RelationshipId, ct)).View(session, callerId);

    private async Task<Facts> FactsAsync(Guid relationshipId, CancellationToken ct) => new(
        await agendas.AgendaOutcomesAsync(relationshipId, ct),
        await notes.FiledSessionsAsync(relationshipId, ct),
        await agendas.ItemsAsync(relationshipId, ct));

    private sealed record Facts(Dictionary<Guid, (DeliveryStatus Status, DateTimeOffset? SentAt)> Agendas, HashSet<Guid> Filed, ILookup<Guid, DiscussionItem> Items)
    {
        public SessionDto View(Session s, string callerId) => SessionDto.From(s, AgendaStateDto.Of(Agendas, s.Id),
            Filed.Contains(s.Id), Items[s.Id].Select(i => ItemDto.From(i, callerId)).ToList());
    }
}
