using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Notes;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Record;

/// <summary>Reads a relationship's whole record, from the database only.</summary>
public sealed class RelationshipRecord(MentorSchedulerDb db, AgendaQueries agendas, NotesQueries notes)
{
    public async Task<RecordContent> ReadAsync(Relationship relationship, CancellationToken ct)
    {
        var id = relationship.Id;
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.RelationshipId == id).ToListAsync(ct);
        var latest = await notes.LatestNotesAsync(id, ct);
        var items = await notes.ActionItemsAsync([id], ct);
        var agendaOutcomes = await agendas.AgendaOutcomesAsync(id, ct);
        return new RecordContent(
            relationship,
            sessions.OrderBy(s => s.Number).ThenBy(s => s.Start).ToList(),
            latest,
            items.ToLookup(a => a.SessionId),
            agendaOutcomes);
    }

    public static TimelineDto Timeline(RecordContent record, DateTimeOffset now) => new(
        RelationshipDto.From(record.Relationship, now),
        record.Sessions.Select(s => new TimelineSessionDto(
            s.Id, s.Number, s.Start, s.End, s.Status, record.AgendaOf(s), record.NotesOf(s))).ToList());
}
