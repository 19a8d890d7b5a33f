using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// A change of a booked series, recorded before Outlook is touched: the new series (version, cadence, first meeting,
/// meetings) that replaces the current one. A change interrupted by a failure is completed by the next request,
/// step by step, each step safe to repeat; <see cref="CompletedAt"/> says it is done.
/// </summary>
public sealed class SeriesChange
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }
    public int FromVersion { get; init; }
    public int ToVersion { get; init; }
    public Frequency Frequency { get; init; }
    public int DurationMinutes { get; init; }

    /// <summary>The new series' first meeting, a wall time in <see cref="TimeZone"/>.</summary>
    public DateTime Start { get; init; }

    public required string TimeZone { get; init; }
    public int Meetings { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; set; }
}
