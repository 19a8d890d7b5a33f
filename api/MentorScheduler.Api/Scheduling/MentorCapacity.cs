namespace MentorScheduler.Api.Scheduling;

/// <summary>A mentor's own limit on mentoring meetings per month, across all mentees.</summary>
public sealed class MentorCapacity
{
    public required string TenantId { get; init; }
    public required string MentorId { get; init; }
    public int MeetingsPerMonth { get; set; }
}
