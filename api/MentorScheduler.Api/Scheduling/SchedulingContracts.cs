namespace MentorScheduler.Api.Scheduling;

/// <summary>The body of <c>POST .../booking</c>: a slot from <c>/slots</c>, or nothing to take the best one.</summary>
public sealed record BookingRequest(string? Start, string? TimeZone);

/// <summary>The body of <c>POST .../amend</c>: a new cadence or length, a new time, or both.</summary>
public sealed record AmendRequest(Relationships.CadenceRequest? Cadence, string? Start, string? TimeZone);

/// <summary>The body of <c>POST .../sessions/{id}/cancel</c>.</summary>
public sealed record CancelSessionRequest(string? Comment);

/// <summary>A mentor's own monthly capacity.</summary>
public sealed record CapacityDto(int MeetingsPerMonth, bool IsDefault);

/// <summary>The body of <c>PUT /api/me/capacity</c>.</summary>
public sealed record CapacityRequest(int? MeetingsPerMonth);

/// <summary>A session as API.md describes it, with its discussion items and questions.</summary>
public sealed record SessionDto(Guid Id, DateTimeOffset Start, DateTimeOffset End, SessionStatus Status, int Number, AgendaStateDto Agenda,
    bool NotesFiled, int SeriesVersion, IReadOnlyList<Agendas.ItemDto> Items)
{
    public static SessionDto From(Session s) => From(s, null, false, []);

    public static SessionDto From(Session s, DateTimeOffset? agendaSentAt, bool notesFiled, IReadOnlyList<Agendas.ItemDto> items) =>
        new(s.Id, s.Start, s.End, s.Status, s.Number,
            agendaSentAt is null ? new AgendaStateDto("pending", null) : new AgendaStateDto("sent", agendaSentAt), notesFiled, s.SeriesVersion, items);
}

/// <summary>Whether the session's agenda has gone out.</summary>
public sealed record AgendaStateDto(string Status, DateTimeOffset? SentAt);
