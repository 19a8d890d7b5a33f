namespace MentorScheduler.Api.Scheduling;

/// <summary>The body of <c>PUT /api/me/capacity</c>.</summary>
public sealed record CapacityRequest(int? MeetingsPerMonth);
