using MentorScheduler.Api.Data;
using MentorScheduler.Api.Relationships;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Notes;

/// <summary>The record of one relationship as stored: its sessions in order, each one's current notes and its action items.</summary>
public sealed record RecordContent(
    Relationship Relationship,
    IReadOnlyList<Session> Sessions,
    IReadOnlyDictionary<Guid, SessionNoteVersion> Notes,
    ILookup<Guid, ActionItem> Items,
    IReadOnlyDictionary<Guid, DateTimeOffset?> AgendasSent)
{
    public AgendaStateDto AgendaOf(Session session) =>
        AgendasSent.TryGetValue(session.Id, out var sentAt) ? new AgendaStateDto("sent", sentAt) : new AgendaStateDto("pending", null);

    public NotesDto NotesOf(Session session) =>
        NotesDto.From(session.Id, Notes.GetValueOrDefault(session.Id), Items[session.Id]);
}

/// <summary>Reads a relationship's whole record, refreshing its sessions from Outlook first as <c>/sessions</c> does.</summary>
public sealed class RelationshipRecord(MentorSchedulerDb db, SessionSync sync)
{
    public async Task<RecordContent> ReadAsync(Relationship relationship, CancellationToken ct)
    {
        await sync.TrySyncAsync(relationship, ct);
        var id = relationship.Id;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.RelationshipId == id).ToListAsync(ct);
        var notes = await db.SessionNoteVersions.AsNoTracking()
            .Where(v => v.RelationshipId == id
                        && v.Version == db.SessionNoteVersions.Where(x => x.SessionId == v.SessionId).Max(x => x.Version))
            .ToDictionaryAsync(v => v.SessionId, ct);
        var items = await db.ActionItems.AsNoTracking().Where(a => a.RelationshipId == id).ToListAsync(ct);
        var sent = await db.AgendaDeliveries.AsNoTracking()
            .Where(d => d.RelationshipId == id && d.Kind == Agendas.DeliveryKind.Agenda && d.Status == Agendas.DeliveryStatus.Sent)
            .ToDictionaryAsync(d => d.SessionId, d => d.SentAt, ct);
        return new RecordContent(
            relationship,
            sessions.OrderBy(s => s.Number).ThenBy(s => s.Start).ToList(),
            notes,
            items.ToLookup(a => a.SessionId),
            sent);
    }

    public static TimelineDto Timeline(RecordContent record) => new(
        RelationshipDto.From(record.Relationship),
        record.Sessions.Select(s => new TimelineSessionDto(
            s.Id, s.Number, s.Start, s.End, s.Status, record.AgendaOf(s), record.NotesOf(s))).ToList());
}
