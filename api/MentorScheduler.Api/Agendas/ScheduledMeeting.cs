namespace MentorScheduler.Api.Agendas;

/// <summary>A scheduled (not cancelled) session as <see cref="AgendaTiming"/> needs it.</summary>
public sealed record ScheduledMeeting(Guid Id, Guid RelationshipId, DateTimeOffset Start, DateTimeOffset End);
