namespace MentorScheduler.Api.Mentors;

/// <summary>The body of <c>PUT /api/me/mentor-profile</c>; every field is required.</summary>
public sealed record MentorProfileRequest(
    bool? OpenToMentoring, List<string?>? Expertise, string? About, int? MaxMentees, int? MeetingsPerMonth, List<string?>? Modes);
