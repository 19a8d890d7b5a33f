using MentorScheduler.Api.Agendas;

namespace MentorScheduler.Api.Record;

/// <summary>Whether the session's agenda has gone out.</summary>
public sealed record AgendaStateDto(string Status, DateTimeOffset? SentAt)
{
    public static readonly AgendaStateDto Pending = new("pending", null);

    /// <summary>Pending until the agenda went out (sent, with when) or Graph refused it for good (failed).</summary>
    public static AgendaStateDto Of(IReadOnlyDictionary<Guid, (DeliveryStatus Status, DateTimeOffset? SentAt)> outcomes, Guid sessionId) =>
        !outcomes.TryGetValue(sessionId, out var outcome) ? Pending
        : outcome.Status == DeliveryStatus.Failed ? new AgendaStateDto("failed", null)
        : new AgendaStateDto("sent", outcome.SentAt);
}
