namespace MentorScheduler.Api.Admin;

/// <summary>
/// A mentor with an open relationship: how many mentees are active with them, their meetings this month (UTC), and
/// the meetings a month they take (their own setting, or the tenant's default).
/// </summary>
public sealed record MentorLoad(string Upn, string DisplayName, int ActiveMentees, int MeetingsThisMonth, int Capacity);
