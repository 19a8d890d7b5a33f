using System.Text.Json.Nodes;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// An event item in one mailbox: a single event or a series master, owned by the organiser or an attendee's copy
/// of the organiser's meeting. Mutated only under the <see cref="CalendarStore"/> lock.
/// </summary>
internal sealed class StoredEvent
{
    public required string Id { get; init; }

    public required string MailboxId { get; init; }

    public required string ICalUId { get; init; }

    public required Recipient Organizer { get; init; }

    public required bool IsOrganizer { get; init; }

    public required EventContent Content { get; set; }

    public PatternedRecurrence? Recurrence { get; set; }

    public string? TransactionId { get; init; }

    public string? TransactionFingerprint { get; init; }

    public Dictionary<string, string> ExtendedProperties { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The calendar owner's own response: <c>organizer</c> for the organiser, else notResponded/accepted/….</summary>
    public string Response { get; set; } = "organizer";

    public Instant? ResponseTime { get; set; }

    public required Instant Created { get; init; }

    public Instant LastModified { get; private set; }

    public int Version { get; private set; }

    /// <summary>Occurrences changed on their own, keyed by original start.</summary>
    public Dictionary<Instant, OccurrenceException> Exceptions { get; set; } = [];

    /// <summary>Original starts of occurrences cancelled or deleted from the series.</summary>
    public HashSet<Instant> Cancelled { get; set; } = [];

    /// <summary>Organiser's item: attendee user id to the id of that attendee's copy.</summary>
    public Dictionary<string, string> Copies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Attendee's copy: where the organiser's item lives.</summary>
    public (string MailboxId, string EventId)? Source { get; init; }

    /// <summary>Attendee's copy: this attendee's responses to single occurrences.</summary>
    public Dictionary<Instant, (string Response, Instant Time)> OccurrenceResponses { get; } = [];

    /// <summary>Attendee's copy: occurrences this attendee deleted from their own calendar.</summary>
    public HashSet<Instant> RemovedLocally { get; } = [];

    /// <summary>Declined meetings move to Deleted Items: still readable by id, gone from the calendar.</summary>
    public bool InDeletedItems { get; set; }

    public bool IsSeriesMaster => Recurrence is not null;

    public void Touch(Instant now)
    {
        LastModified = now;
        Version++;
    }

    public OccurrenceException ExceptionAt(Instant originalStart, Instant now)
    {
        if (!Exceptions.TryGetValue(originalStart, out var exception))
        {
            exception = new OccurrenceException(originalStart, now);
            Exceptions[originalStart] = exception;
        }
        return exception;
    }
}

/// <summary>An email address with a display name, as in <c>organizer.emailAddress</c>.</summary>
internal sealed record Recipient(string Address, string Name);

/// <summary>
/// An occurrence that differs from its series: the properties patched on it (applied over the master's current
/// content) and the attendee responses recorded for it alone.
/// </summary>
internal sealed class OccurrenceException(Instant originalStart, Instant created)
{
    public Instant OriginalStart { get; } = originalStart;

    public Instant Created { get; } = created;

    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public JsonObject Overrides { get; private init; } = new(CaseInsensitive);

    public Dictionary<string, (string Response, Instant Time)> AttendeeResponses { get; private init; } = new(StringComparer.OrdinalIgnoreCase);

    public Instant LastModified { get; private set; } = created;

    public int Version { get; private set; }

    public void Touch(Instant now)
    {
        LastModified = now;
        Version++;
    }

    /// <summary>Merges patched properties over earlier ones (extended properties stay on the series).</summary>
    public void Merge(JsonObject patch)
    {
        foreach (var (name, value) in patch)
        {
            if (name.StartsWith('@') || name.Equals("singleValueExtendedProperties", StringComparison.OrdinalIgnoreCase)) continue;
            Overrides[name] = value?.DeepClone();
        }
    }

    public OccurrenceException Clone() => new(OriginalStart, Created)
    {
        Overrides = new JsonObject(Overrides.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())), CaseInsensitive),
        AttendeeResponses = new Dictionary<string, (string, Instant)>(AttendeeResponses, StringComparer.OrdinalIgnoreCase),
        LastModified = LastModified,
        Version = Version,
    };
}
