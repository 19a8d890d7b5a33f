namespace MentorScheduler.Api.Admin;

/// <summary>One month's sessions (<c>month</c> as <c>2027-01</c>, by the session's start in UTC).</summary>
public sealed record MonthSessions(string Month, int Held, int Planned, int Cancelled);
