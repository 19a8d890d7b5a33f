namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// One meeting of a candidate series that does not suit someone: its date (in the series' zone), who (<c>mentee</c> or
/// <c>mentor</c>) and why (<c>busy</c>: a busy or out-of-office block in their calendar; <c>tentative</c>: a
/// tentative one; <c>outsideHours</c>: outside their working hours, in their own zone). A meeting that is both blocked
/// and out of hours for someone gives two clashes.
/// </summary>
public sealed record SlotClash(DateOnly Date, string Who, string Reason);
