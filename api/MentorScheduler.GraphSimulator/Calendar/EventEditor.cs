using MentorScheduler.GraphSimulator.Directory;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Applies parsed event bodies to new events, whole items and single occurrences, with Graph's checks.</summary>
internal sealed class EventEditor(SimulatedDirectory directory)
{
    public EventContent NewContent(EventPatch patch, SeedUser organizer)
    {
        if (patch.Start is null || patch.End is null)
            throw GraphRequestException.InvalidRequest("Your request can't be completed. An event must have both a start and an end.");
        return Finish(patch.ApplyTo(new EventContent { Start = patch.Start, End = patch.End }), organizer.Id);
    }

    /// <summary>Updates a single event or a whole series; changing the series' timing drops its exceptions and cancellations.</summary>
    public void PatchItem(StoredEvent item, EventPatch patch, SeedUser owner, Instant now)
    {
        var organizerId = directory.FindByAddress(item.Organizer.Address)?.Id ?? owner.Id;
        var content = Finish(patch.ApplyTo(item.Content), organizerId);
        var recurrence = patch.HasRecurrence ? patch.Recurrence : item.Recurrence;
        if (recurrence is not null) RecurrenceRules.Validate(recurrence, content.Start.Local.Date);

        var timingChanged = content.StartInstant != item.Content.StartInstant
            || content.EndInstant != item.Content.EndInstant
            || Describe(recurrence, content) != Describe(item.Recurrence, item.Content);
        if (timingChanged)
        {
            item.Exceptions = [];
            item.Cancelled = [];
        }
        item.Content = content;
        item.Recurrence = recurrence;
        foreach (var (key, value) in patch.ExtendedProperties) item.ExtendedProperties[key] = value;
    }

    /// <summary>Turns one occurrence into an exception holding the patched properties.</summary>
    public static void PatchOccurrence(StoredEvent master, Instant originalStart, EventPatch patch, Instant now)
    {
        if (patch.HasRecurrence)
            throw GraphRequestException.InvalidRequest("Your request can't be completed. The recurrence of a single occurrence can't be changed; update the series master instead.");

        var exception = master.Exceptions.TryGetValue(originalStart, out var existing) ? existing.Clone() : new OccurrenceException(originalStart, now);
        exception.Merge(patch.Source);
        exception.Touch(now);
        var slot = SeriesExpansion.SlotAt(master, originalStart)!;
        var content = EventPatch.Parse(exception.Overrides).ApplyTo(master.Content.MovedTo(slot.Start, slot.End));
        CheckTimes(content);
        if (content.StartInstant != slot.Start) CheckBoundaries(master, originalStart, content.StartInstant);
        master.Exceptions[originalStart] = exception;
    }

    /// <summary>Fills attendee names from the directory, checks the times, and makes a Teams meeting when asked.</summary>
    private EventContent Finish(EventContent content, string organizerId)
    {
        CheckTimes(content);
        var named = content with
        {
            Attendees = [.. content.Attendees.Select(a => a.Name.Length > 0 ? a : a with { Name = directory.FindByAddress(a.Address)?.DisplayName ?? a.Address })],
        };
        return TeamsMeeting.Ensure(named, directory.Tenant.TenantId, organizerId);
    }

    private static void CheckTimes(EventContent content)
    {
        if (content.EndInstant < content.StartInstant)
            throw GraphRequestException.InvalidRequest("Your request can't be completed. The end time of the event is before its start time.");
    }

    /// <summary>An occurrence may not move onto or past a neighbouring occurrence.</summary>
    private static void CheckBoundaries(StoredEvent master, Instant originalStart, Instant newStart)
    {
        ExpandedOccurrence? previous = null;
        ExpandedOccurrence? next = null;
        foreach (var slot in SeriesExpansion.Slots(master))
        {
            if (slot.Start < originalStart) previous = slot;
            else if (slot.Start > originalStart) { next = slot; break; }
        }
        if ((previous is not null && newStart <= previous.Start) || (next is not null && newStart >= next.Start))
            throw new GraphRequestException(400, "ErrorOccurrenceCrossingBoundary",
                "Your request can't be completed. An occurrence can't be moved onto or past an adjacent occurrence of the series.");
    }

    private static string Describe(PatternedRecurrence? recurrence, EventContent content) =>
        recurrence is null ? string.Empty : RecurrenceJson.Write(recurrence, content.Start.ZoneName).ToJsonString();
}
