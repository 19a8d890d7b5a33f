namespace MentorScheduler.Api.Scheduling;

/// <summary>From this meeting's date on, the series' meetings start at <c>localStart</c> for <c>who</c> (a daylight-saving change in one zone).</summary>
public sealed record SlotChange(DateOnly From, string Who, string TimeZone, string LocalStart);
