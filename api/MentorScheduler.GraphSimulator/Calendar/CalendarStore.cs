using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Directory;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// Every mailbox's calendar, in memory. One lock guards all state; every operation returns snapshots
/// (<see cref="EventView"/>) that stay valid after the lock is released.
/// </summary>
internal sealed class CalendarStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Dictionary<string, StoredEvent>> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly SimulatedDirectory _directory;
    private readonly TimeProvider _clock;
    private readonly MeetingSync _sync;
    private readonly EventEditor _editor;
    private readonly CalendarChangeFeed _feed;
    // What the writes under the lock changed, published once the lock is released.
    private readonly List<CalendarChange> _journal = [];

    public CalendarStore(SimulatedDirectory directory, TimeProvider clock, CalendarChangeFeed feed)
    {
        _directory = directory;
        _clock = clock;
        _feed = feed;
        foreach (var user in directory.Users) _mailboxes[user.Id] = new Dictionary<string, StoredEvent>(StringComparer.Ordinal);
        _sync = new MeetingSync(directory, _mailboxes, Record);
        _editor = new EventEditor(directory);
        foreach (var (organizer, content, recurrence) in StandingMeetingSeed.Meetings(directory.Tenant))
            Insert(organizer, content, recurrence, transaction: null, extendedProperties: []);
        _journal.Clear();
    }

    private void Record(string mailboxId, string eventId, string changeType) => _journal.Add(new CalendarChange(mailboxId, eventId, changeType));

    private void Publish()
    {
        CalendarChange[] changes;
        lock (_gate)
        {
            changes = [.. _journal.Distinct()];
            _journal.Clear();
        }
        _feed.Publish(changes);
    }

    private Instant Now => Instant.FromDateTimeOffset(_clock.GetUtcNow());

    /// <summary>Creates an event; a repeated transactionId returns the existing event (<paramref name="created"/> false).</summary>
    public EventView Create(SeedUser owner, JsonObject body, out bool created)
    {
        var view = CreateLocked(owner, body, out created);
        Publish();
        return view;
    }

    private EventView CreateLocked(SeedUser owner, JsonObject body, out bool created)
    {
        var patch = EventPatch.Parse(body);
        var fingerprint = RequestFingerprint.Of(body);
        lock (_gate)
        {
            if (patch.TransactionId is { Length: > 0 } transactionId
                && _mailboxes[owner.Id].Values.FirstOrDefault(e => e.TransactionId == transactionId) is { } existing)
            {
                if (existing.TransactionFingerprint != fingerprint)
                    throw new GraphRequestException(400, "ErrorDuplicateTransactionId",
                        "Your request can't be completed. The TransactionId specified in the request has already been used to create a different event.");
                created = false;
                return SeriesExpansion.Item(existing);
            }

            var content = _editor.NewContent(patch, owner);
            if (patch.Recurrence is not null) RecurrenceRules.Validate(patch.Recurrence, content.Start.Local.Date);
            var item = Insert(owner, content, patch.Recurrence, (patch.TransactionId, fingerprint), patch.ExtendedProperties);
            created = true;
            return SeriesExpansion.Item(item);
        }
    }

    public EventView Get(SeedUser owner, string id)
    {
        lock (_gate)
        {
            var (item, originalStart) = Resolve(owner, id);
            return originalStart is { } start ? SeriesExpansion.Occurrence(item, SeriesExpansion.SlotAt(item, start)!) : SeriesExpansion.Item(item);
        }
    }

    /// <summary><c>GET /events</c>: single instances and series masters in the calendar.</summary>
    public IReadOnlyList<EventView> List(SeedUser owner)
    {
        lock (_gate)
            return [.. InCalendar(owner).Select(SeriesExpansion.Item).OrderBy(v => v.Start).ThenBy(v => v.Id, StringComparer.Ordinal)];
    }

    /// <summary><c>calendarView</c>: singles, occurrences and exceptions overlapping [from, to), by start.</summary>
    public IReadOnlyList<EventView> CalendarView(SeedUser owner, Instant from, Instant to)
    {
        lock (_gate)
        {
            return [.. InCalendar(owner)
                .SelectMany(item => item.IsSeriesMaster
                    ? SeriesExpansion.Instances(item, from, to)
                    : [SeriesExpansion.Item(item)])
                .Where(v => v.Overlaps(from, to))
                .OrderBy(v => v.Start).ThenBy(v => v.Id, StringComparer.Ordinal)];
        }
    }

    /// <summary><c>instances</c> of a series master (or the single event itself) overlapping [from, to).</summary>
    public IReadOnlyList<EventView> Instances(SeedUser owner, string id, Instant from, Instant to)
    {
        lock (_gate)
        {
            var (item, originalStart) = Resolve(owner, id);
            if (originalStart is not null) throw GraphRequestException.InvalidRequest("Instances can only be listed for a series master or a single event.");
            if (!item.IsSeriesMaster)
            {
                var view = SeriesExpansion.Item(item);
                return view.Overlaps(from, to) ? [view] : [];
            }
            return [.. SeriesExpansion.Instances(item, from, to)];
        }
    }

    /// <summary>Updates a single event or series (changes reach every occurrence) or one occurrence (it becomes an exception).</summary>
    public EventView Patch(SeedUser owner, string id, JsonObject body)
    {
        var view = PatchLocked(owner, id, body);
        Publish();
        return view;
    }

    private EventView PatchLocked(SeedUser owner, string id, JsonObject body)
    {
        var patch = EventPatch.Parse(body);
        lock (_gate)
        {
            var (item, originalStart) = Resolve(owner, id);
            var now = Now;
            EventView result;
            if (originalStart is { } start)
            {
                EventEditor.PatchOccurrence(item, start, patch, now);
                item.Touch(now);
                result = SeriesExpansion.Occurrence(item, SeriesExpansion.SlotAt(item, start)!);
            }
            else
            {
                _editor.PatchItem(item, patch, owner, now);
                item.Touch(now);
                result = SeriesExpansion.Item(item);
            }
            Record(item.MailboxId, item.Id, "updated");
            _sync.Sync(item, now);
            return result;
        }
    }

    /// <summary>Deletes an event, a series or one occurrence; the organiser's delete also leaves attendees' calendars.</summary>
    public void Delete(SeedUser owner, string id)
    {
        lock (_gate) Remove(Resolve(owner, id));
        Publish();
    }

    /// <summary>The organiser cancels a meeting, a series or one occurrence.</summary>
    public void Cancel(SeedUser owner, string id)
    {
        lock (_gate)
        {
            var target = Resolve(owner, id);
            if (!target.Item.IsOrganizer)
                throw GraphRequestException.InvalidRequest("Your request can't be completed. You need to be an organizer to cancel a meeting.");
            Remove(target);
        }
        Publish();
    }

    /// <summary>
    /// An attendee accepts, tentatively accepts or declines their copy (or one occurrence of it). When the answer is
    /// sent to the organiser, returns the organiser's address and the meeting's subject (the response message's).
    /// </summary>
    /// <summary>
    /// Records the answer; when it is sent, <paramref name="deliver"/> puts the response message in the organiser's
    /// inbox before the change is published: in Exchange the organiser's item changes when that message is processed,
    /// so whoever hears of the change finds the message already there.
    /// </summary>
    public void Respond(SeedUser owner, string id, string response, bool sendResponse, Action<string, string> deliver)
    {
        (string, string)? sent = null;
        lock (_gate)
        {
            var (copy, originalStart) = Resolve(owner, id);
            if (copy.IsOrganizer)
                throw GraphRequestException.InvalidRequest("Your request can't be completed. You can't respond to this meeting because you're the meeting organizer.");
            var now = Now;
            MeetingResponses.Record(copy, originalStart, response, now);
            Record(copy.MailboxId, copy.Id, "updated");
            var organizerItem = _sync.SourceOf(copy);
            if (organizerItem is not null && sendResponse && organizerItem.Content.ResponseRequested)
            {
                // As in Exchange, the answer changes the organiser's item: its attendee's response.
                MeetingResponses.Reflect(organizerItem, owner.Address, originalStart, response, now);
                organizerItem.Touch(now);
                Record(organizerItem.MailboxId, organizerItem.Id, "updated");
                _sync.Sync(organizerItem, now);
                sent = (organizerItem.Organizer.Address, organizerItem.Content.Subject);
            }
        }
        if (sent is var (organizerAddress, subject)) deliver(organizerAddress, subject);
        Publish();
    }

    private StoredEvent Insert(SeedUser organizer, EventContent content, PatternedRecurrence? recurrence,
        (string? Id, string Fingerprint)? transaction, IEnumerable<KeyValuePair<string, string>> extendedProperties)
    {
        var now = Now;
        var item = new StoredEvent
        {
            Id = EventIds.NewItemId(),
            MailboxId = organizer.Id,
            ICalUId = EventIds.NewICalUId(now),
            Organizer = new Recipient(organizer.Address, organizer.DisplayName),
            IsOrganizer = true,
            Content = content,
            Recurrence = recurrence,
            TransactionId = string.IsNullOrEmpty(transaction?.Id) ? null : transaction.Value.Id,
            TransactionFingerprint = transaction?.Fingerprint,
            Created = now,
        };
        foreach (var (key, value) in extendedProperties) item.ExtendedProperties[key] = value;
        item.Touch(now);
        _mailboxes[organizer.Id][item.Id] = item;
        Record(item.MailboxId, item.Id, "created");
        _sync.Sync(item, now);
        return item;
    }

    private void Remove((StoredEvent Item, Instant? OriginalStart) target)
    {
        var (item, originalStart) = target;
        var now = Now;
        if (originalStart is { } start)
        {
            item.Cancelled.Add(start);
            item.Exceptions.Remove(start);
            if (!item.IsOrganizer) item.RemovedLocally.Add(start);
            item.Touch(now);
            Record(item.MailboxId, item.Id, "updated");
            _sync.Sync(item, now);
            return;
        }
        _mailboxes[item.MailboxId].Remove(item.Id);
        Record(item.MailboxId, item.Id, "deleted");
        if (item.IsOrganizer) _sync.RemoveCopies(item);
    }

    private (StoredEvent Item, Instant? OriginalStart) Resolve(SeedUser owner, string id)
    {
        var items = _mailboxes[owner.Id];
        if (items.TryGetValue(id, out var item)) return (item, null);
        if (EventIds.TryParseOccurrence(id, out var masterId, out var start)
            && items.TryGetValue(masterId, out var master)
            && master.IsSeriesMaster
            && !master.Cancelled.Contains(start)
            && SeriesExpansion.SlotAt(master, start) is not null)
            return (master, start);
        throw GraphRequestException.ItemNotFound();
    }

    private IEnumerable<StoredEvent> InCalendar(SeedUser owner) => _mailboxes[owner.Id].Values.Where(e => !e.InDeletedItems);
}
