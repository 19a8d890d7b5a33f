namespace MentorScheduler.Api.Agendas;

/// <summary>Who is who.</summary>
public sealed record AgendaNames(string Mentee, string Mentor);
