using MentorScheduler.Api.Core;
using MentorScheduler.Api.Notes;

namespace MentorScheduler.Api.Record;

/// <summary>A session in the timeline, with its agenda's state and its notes.</summary>
public sealed record TimelineSessionDto(
    Guid Id, int Number, DateTimeOffset Start, DateTimeOffset End, SessionStatus Status, AgendaStateDto Agenda, NotesDto Notes);
