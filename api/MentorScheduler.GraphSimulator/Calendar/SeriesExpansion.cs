using System.Collections.Immutable;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Turns stored items into what Graph shows: the item itself, or a series' occurrences and exceptions.</summary>
internal static class SeriesExpansion
{
    /// <summary>Every slot of a series master in order (lazy; infinite for noEnd).</summary>
    public static IEnumerable<ExpandedOccurrence> Slots(StoredEvent master)
    {
        var recurrence = master.Recurrence ?? throw new InvalidOperationException("Not a series master.");
        var zone = RecurrenceZone(master);
        var localStart = master.Content.StartInstant.InZone(zone).LocalDateTime;
        var localEnd = master.Content.EndInstant.InZone(zone).LocalDateTime;
        var length = Period.Between(localStart, localEnd, PeriodUnits.Days | PeriodUnits.Hours | PeriodUnits.Minutes | PeriodUnits.Seconds | PeriodUnits.Ticks);
        return RecurrenceExpander.Occurrences(recurrence, localStart.TimeOfDay, length, zone);
    }

    public static DateTimeZone RecurrenceZone(StoredEvent master) =>
        GraphTimeZones.Find(master.Recurrence?.Range.RecurrenceTimeZone) ?? master.Content.Start.Zone;

    /// <summary>The slot that originally started at <paramref name="originalStart"/>, if the series has one.</summary>
    public static ExpandedOccurrence? SlotAt(StoredEvent master, Instant originalStart) =>
        Slots(master).TakeWhile(s => s.Start <= originalStart).LastOrDefault(s => s.Start == originalStart);

    /// <summary>Whether the calendar owner still has this occurrence (not cancelled, deleted or declined).</summary>
    public static bool IsShown(StoredEvent master, Instant originalStart) =>
        !master.Cancelled.Contains(originalStart)
        && !(master.OccurrenceResponses.TryGetValue(originalStart, out var answer) && answer.Response == "declined");

    /// <summary>The occurrences and exceptions overlapping [from, to), in order of start.</summary>
    public static IEnumerable<EventView> Instances(StoredEvent master, Instant from, Instant to)
    {
        var regular = Slots(master)
            .TakeWhile(s => s.Start < to)
            .Where(s => !master.Exceptions.ContainsKey(s.Start) && IsShown(master, s.Start))
            .Select(s => Occurrence(master, s))
            .Where(v => v.Overlaps(from, to));
        var exceptions = master.Exceptions.Values
            .Where(e => IsShown(master, e.OriginalStart))
            .Select(e => SlotAt(master, e.OriginalStart))
            .OfType<ExpandedOccurrence>()
            .Select(s => Occurrence(master, s))
            .Where(v => v.Overlaps(from, to));
        return regular.Concat(exceptions).OrderBy(v => v.Start).ThenBy(v => v.OriginalStart);
    }

    /// <summary>The view of the item itself: a single instance or the series master.</summary>
    public static EventView Item(StoredEvent item) => new()
    {
        Id = item.Id,
        MailboxId = item.MailboxId,
        Type = item.IsSeriesMaster ? "seriesMaster" : "singleInstance",
        Content = item.Content,
        ShowAs = ShowAs(item, item.Content, item.Response),
        ICalUId = item.ICalUId,
        Organizer = item.Organizer,
        IsOrganizer = item.IsOrganizer,
        Response = item.Response,
        ResponseTime = item.ResponseTime,
        Created = item.Created,
        LastModified = item.LastModified,
        ChangeKey = EventIds.ChangeKey(item.Version),
        TransactionId = item.TransactionId,
        ExtendedProperties = [.. item.ExtendedProperties],
        Recurrence = item.Recurrence,
        CancelledOccurrences = item.IsSeriesMaster ? CancelledIds(item) : [],
        ExceptionOccurrences = item.IsSeriesMaster ? ExceptionViews(item) : [],
    };

    /// <summary>One occurrence of a series, with its exception's changes and responses applied.</summary>
    public static EventView Occurrence(StoredEvent master, ExpandedOccurrence slot)
    {
        master.Exceptions.TryGetValue(slot.Start, out var exception);
        var content = master.Content.MovedTo(slot.Start, slot.End);
        if (exception is not null)
        {
            content = EventPatch.Parse(exception.Overrides).ApplyTo(content);
            content = content with { Attendees = [.. content.Attendees.Select(a => WithResponse(a, exception))] };
        }
        var (response, responseTime) = master.OccurrenceResponses.TryGetValue(slot.Start, out var own)
            ? (own.Response, (Instant?)own.Time)
            : (master.Response, master.ResponseTime);
        return new EventView
        {
            Id = EventIds.OccurrenceId(master.Id, slot.Start),
            MailboxId = master.MailboxId,
            Type = exception is null ? "occurrence" : "exception",
            SeriesMasterId = master.Id,
            OriginalStart = slot.Start,
            Content = content,
            ShowAs = ShowAs(master, content, response),
            ICalUId = EventIds.InstanceICalUId(master.ICalUId, slot.Date),
            Organizer = master.Organizer,
            IsOrganizer = master.IsOrganizer,
            Response = response,
            ResponseTime = responseTime,
            Created = exception?.Created ?? master.Created,
            LastModified = exception?.LastModified ?? master.LastModified,
            ChangeKey = EventIds.ChangeKey(master.Version + (exception?.Version ?? 0)),
            ExtendedProperties = [.. master.ExtendedProperties],
        };
    }

    /// <summary>An attendee's copy shows tentative until accepted; free stays free.</summary>
    private static string ShowAs(StoredEvent item, EventContent content, string response)
    {
        if (item.IsOrganizer || content.ShowAs == "free") return content.ShowAs;
        return response switch
        {
            "accepted" => content.ShowAs,
            "declined" => "free",
            _ => "tentative",
        };
    }

    private static Attendee WithResponse(Attendee attendee, OccurrenceException exception) =>
        exception.AttendeeResponses.TryGetValue(attendee.Address, out var answer)
            ? attendee with { Response = answer.Response, ResponseTime = answer.Time }
            : attendee;

    private static ImmutableArray<EventView> ExceptionViews(StoredEvent master) =>
    [
        .. master.Exceptions.Keys.Order()
            .Where(start => IsShown(master, start))
            .Select(start => SlotAt(master, start))
            .OfType<ExpandedOccurrence>()
            .Select(slot => Occurrence(master, slot)),
    ];

    private static ImmutableArray<string> CancelledIds(StoredEvent master)
    {
        var zone = RecurrenceZone(master);
        return [.. master.Cancelled.Order().Select(start => EventIds.CancelledOccurrence(master.Id, start.InZone(zone).Date))];
    }
}
