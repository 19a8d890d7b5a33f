namespace MentorScheduler.Api.Scheduling;

/// <summary>Tenant-wide scheduling settings.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Mentoring meetings a month a mentor takes unless they set their own capacity.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 200)]
    public int DefaultMentorCapacity { get; set; } = 8;
}
