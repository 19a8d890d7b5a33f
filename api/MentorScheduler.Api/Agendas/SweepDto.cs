namespace MentorScheduler.Api.Agendas;

/// <summary>What one sweep did; <c>renderFailures</c> counts agendas the tenant's template could not render (they wait).</summary>
public sealed record SweepDto(int Delivered, int Reminders, int RenderFailures = 0);
