using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Record;

/// <summary>A session as API.md describes it, with its discussion items and questions.</summary>
public sealed record SessionDto(Guid Id, DateTimeOffset Start, DateTimeOffset End, SessionStatus Status, int Number, AgendaStateDto Agenda,
    bool NotesFiled, int SeriesVersion, IReadOnlyList<ItemDto> Items)
{
    public static SessionDto From(Session s) => From(s, AgendaStateDto.Pending, false, []);

    public static SessionDto From(Session s, AgendaStateDto agenda, bool notesFiled, IReadOnlyList<ItemDto> items) =>
        new(s.Id, s.Start, s.End, s.Status, s.Number, agenda, notesFiled, s.SeriesVersion, items);
}
