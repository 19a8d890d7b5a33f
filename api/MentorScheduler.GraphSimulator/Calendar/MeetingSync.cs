using MentorScheduler.GraphSimulator.Directory;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// Keeps attendees' copies of a meeting in step with the organiser's item, as Exchange does by sending updates:
/// each attendee in the tenant gets an item of their own (own id, same iCalUId) that follows every change.
/// </summary>
internal sealed class MeetingSync(SimulatedDirectory directory, Dictionary<string, Dictionary<string, StoredEvent>> mailboxes,
    Action<string, string, string> changed)
{
    /// <summary>Creates, updates or removes the attendees' copies after any change to the organiser's item.</summary>
    public void Sync(StoredEvent organizerItem, Instant now)
    {
        if (!organizerItem.IsOrganizer) return;
        var attendeeIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var attendee in organizerItem.Content.Attendees)
        {
            var user = directory.FindByAddress(attendee.Address);
            if (user is null || user.Id == organizerItem.MailboxId) continue;
            attendeeIds.Add(user.Id);
            var copies = mailboxes[user.Id];
            if (organizerItem.Copies.TryGetValue(user.Id, out var copyId))
            {
                if (copies.TryGetValue(copyId, out var copy))
                {
                    Update(copy, organizerItem, now);
                    changed(user.Id, copy.Id, "updated");
                }
                continue;
            }
            var created = NewCopy(organizerItem, user.Id, now);
            copies[created.Id] = created;
            organizerItem.Copies[user.Id] = created.Id;
            changed(user.Id, created.Id, "created");
        }

        foreach (var removed in organizerItem.Copies.Keys.Where(id => !attendeeIds.Contains(id)).ToList())
        {
            mailboxes[removed].Remove(organizerItem.Copies[removed]);
            changed(removed, organizerItem.Copies[removed], "deleted");
            organizerItem.Copies.Remove(removed);
        }
    }

    /// <summary>The organiser cancelled or deleted the meeting: it leaves every attendee's calendar.</summary>
    public void RemoveCopies(StoredEvent organizerItem)
    {
        foreach (var (userId, copyId) in organizerItem.Copies)
        {
            mailboxes[userId].Remove(copyId);
            changed(userId, copyId, "deleted");
        }
        organizerItem.Copies.Clear();
    }

    /// <summary>The organiser's item a copy was made from, if it still exists.</summary>
    public StoredEvent? SourceOf(StoredEvent copy) =>
        copy.Source is { } source && mailboxes.TryGetValue(source.MailboxId, out var items) && items.TryGetValue(source.EventId, out var item)
            ? item
            : null;

    private static StoredEvent NewCopy(StoredEvent organizerItem, string attendeeId, Instant now)
    {
        var copy = new StoredEvent
        {
            Id = EventIds.NewItemId(),
            MailboxId = attendeeId,
            ICalUId = organizerItem.ICalUId,
            Organizer = organizerItem.Organizer,
            IsOrganizer = false,
            Content = organizerItem.Content,
            Created = now,
            Source = (organizerItem.MailboxId, organizerItem.Id),
            Response = "notResponded",
        };
        Update(copy, organizerItem, now);
        return copy;
    }

    private static void Update(StoredEvent copy, StoredEvent organizerItem, Instant now)
    {
        copy.Content = organizerItem.Content;
        copy.Recurrence = organizerItem.Recurrence;
        copy.Exceptions = organizerItem.Exceptions.ToDictionary(kv => kv.Key, kv => kv.Value.Clone());
        copy.Cancelled = [.. organizerItem.Cancelled, .. copy.RemovedLocally];
        copy.Touch(now);
    }
}
