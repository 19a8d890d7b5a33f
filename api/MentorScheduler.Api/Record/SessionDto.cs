using MentorScheduler.Api.Agendas;
using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Record;

/// <summary>A session as API.md describes it, with its discussion items and questions.</summary>
public sealed record SessionDto(Guid Id, DateTimeOffset Start, DateTimeOffset End, SessionStatus Status, int Number, AgendaStateDto Agenda,
    bool NotesFiled, int SeriesVersion, IReadOnlyList<ItemDto> Items)
{
    public static SessionDto From(Session s) => From(s, null, false, []);

    public static SessionDto From(Session s, DateTimeOffset? agendaSentAt, bool notesFiled, IReadOnlyList<ItemDto> items) =>
        new(s.Id, s.Start, s.End, s.Status, s.Number,
            agendaSentAt is null ? new AgendaStateDto("pending", null) : new AgendaStateDto("sent", agendaSentAt), notesFiled, s.SeriesVersion, items);
}
