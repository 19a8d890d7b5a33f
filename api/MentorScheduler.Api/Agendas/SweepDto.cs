namespace MentorScheduler.Api.Agendas;

/// <summary>What one sweep did.</summary>
public sealed record SweepDto(int Delivered, int Reminders);
