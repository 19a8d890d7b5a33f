namespace MentorScheduler.Api.Admin;

/// <summary>Sessions by state: held (scheduled and ended), planned (scheduled, still to end) and cancelled.</summary>
public sealed record SessionCounts(int Held, int Planned, int Cancelled);
