using System.Collections.Immutable;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// A snapshot of one event as Graph shows it (single instance, series master, occurrence or exception), taken
/// under the store's lock so it can be written out after the lock is released.
/// </summary>
internal sealed record EventView
{
    public required string Id { get; init; }

    public required string MailboxId { get; init; }

    public required string Type { get; init; }

    public string? SeriesMasterId { get; init; }

    public Instant? OriginalStart { get; init; }

    public required EventContent Content { get; init; }

    public required string ShowAs { get; init; }

    public required string ICalUId { get; init; }

    public required Recipient Organizer { get; init; }

    public required bool IsOrganizer { get; init; }

    public required string Response { get; init; }

    public Instant? ResponseTime { get; init; }

    public required Instant Created { get; init; }

    public required Instant LastModified { get; init; }

    public required string ChangeKey { get; init; }

    public string? TransactionId { get; init; }

    public ImmutableArray<KeyValuePair<string, string>> ExtendedProperties { get; init; } = [];

    public PatternedRecurrence? Recurrence { get; init; }

    public ImmutableArray<string> CancelledOccurrences { get; init; } = [];

    /// <summary>Series master: its exceptions, written when <c>$select</c> or <c>$expand</c> asks (the SDK reads them as events).</summary>
    public ImmutableArray<EventView> ExceptionOccurrences { get; init; } = [];

    public Instant Start => Content.StartInstant;

    public Instant End => Content.EndInstant;

    public bool Overlaps(Instant from, Instant to) => Start < to && (End > from || (End == Start && Start >= from));
}
