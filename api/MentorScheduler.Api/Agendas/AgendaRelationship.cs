namespace MentorScheduler.Api.Agendas;

/// <summary>The agreement.</summary>
public sealed record AgendaRelationship(string Purpose, IReadOnlyList<string> Goals, string Cadence, int DurationMinutes, int MeetingCount, int EvaluateAfterMeetings);
