namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// A candidate series by its first meeting, in the series' zone and the mentor's; <c>conflicts</c> counts its meetings
/// that do not suit both, <c>clashes</c> says which and why, and <c>changes</c> says when a daylight-saving change moves
/// the meeting's local time for one of them.
/// </summary>
public sealed record SlotDto(DateTime Start, DateTime End, string TimeZone, int Conflicts, DateTime MentorStart, string MentorTimeZone,
    DateTime MentorEnd, IReadOnlyList<SlotClash> Clashes, IReadOnlyList<SlotChange> Changes);
