using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Notes;

namespace MentorScheduler.Api.Record;

/// <summary>The record of one relationship as stored: its sessions in order, each one's current notes and its action items.</summary>
public sealed record RecordContent(
    Relationship Relationship,
    IReadOnlyList<Session> Sessions,
    IReadOnlyDictionary<Guid, SessionNoteVersion> Notes,
    ILookup<Guid, ActionItem> Items,
    IReadOnlyDictionary<Guid, (DeliveryStatus Status, DateTimeOffset? SentAt)> Agendas)
{
    public AgendaStateDto AgendaOf(Session session) =>
        AgendaStateDto.Of(Agendas, session.Id);

    public NotesDto NotesOf(Session session) =>
        NotesDto.From(session.Id, Notes.GetValueOrDefault(session.Id), Items[session.Id]);
}
