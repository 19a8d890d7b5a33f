namespace MentorScheduler.Api.Mentors;

/// <summary>
/// <c>/api/me/mentor-profile</c> (API.md "Mentors"). <c>saved</c> is false until the person saves one (the values are
/// then the defaults); <c>suggestedExpertise</c> are the tenant's most used tags, most used first.
/// </summary>
public sealed record MentorProfileDto(
    bool OpenToMentoring, IReadOnlyList<string> Expertise, string About, int MaxMentees, int MeetingsPerMonth,
    IReadOnlyList<string> Modes, bool Saved, IReadOnlyList<string> SuggestedExpertise);
