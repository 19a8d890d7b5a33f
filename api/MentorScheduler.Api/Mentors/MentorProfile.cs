namespace MentorScheduler.Api.Mentors;

/// <summary>
/// What a person says about mentoring others (issue 18): whether they take mentees, in what they can help, how many
/// at once and how they like to meet. Their meetings a month stay in <see cref="Scheduling.MentorCapacity"/>, which
/// booking already checks; the profile reads and writes it with the rest. Someone without a profile can still be
/// proposed (they are asked first).
/// </summary>
public sealed class MentorProfile
{
    public const int MaxExpertise = 15, MaxTagLength = 50, MaxAboutLength = 1000, MostMentees = 20;

    /// <summary>The ways of meeting a mentor can prefer, as the API spells them.</summary>
    public static readonly string[] Modes = ["teams", "inPerson", "phone"];

    public required string TenantId { get; init; }
    public required string UserId { get; init; }
    public bool OpenToMentoring { get; set; }
    public List<string> Expertise { get; set; } = [];
    public string About { get; set; } = string.Empty;
    public int MaxMentees { get; set; } = 3;
    public List<string> MeetingModes { get; set; } = [];
    public DateTimeOffset UpdatedAt { get; set; }
}
