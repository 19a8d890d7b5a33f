namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>An item of a mailbox's calendar created, updated or deleted, as Graph's change notifications report it.</summary>
/// <param name="MailboxId">The owner's user id.</param>
/// <param name="EventId">The item's id (a single event or a series master; an occurrence's change is its master's).</param>
/// <param name="ChangeType"><c>created</c>, <c>updated</c> or <c>deleted</c>.</param>
public sealed record CalendarChange(string MailboxId, string EventId, string ChangeType);
