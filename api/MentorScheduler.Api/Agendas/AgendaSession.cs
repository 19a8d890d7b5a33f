namespace MentorScheduler.Api.Agendas;

/// <summary>This session: its number and its start in each person's zone.</summary>
public sealed record AgendaSession(int Number, string StartForMentee, string MenteeTimeZone, string StartForMentor, string MentorTimeZone, DateTimeOffset Start);
