namespace MentorScheduler.Api.Scheduling;

/// <summary>A mentor's own monthly capacity.</summary>
public sealed record CapacityDto(int MeetingsPerMonth, bool IsDefault);
