using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>The series a booking or an amendment creates: its first meeting (a wall time in a zone) and how many meetings.</summary>
public sealed record SeriesPlan(LocalDateTime Start, string TimeZone, int Meetings);
