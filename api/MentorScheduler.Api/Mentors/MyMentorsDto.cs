namespace MentorScheduler.Api.Mentors;

/// <summary>
/// <c>GET /api/me/mentors</c>: the caller's set of mentors, current first, each with the level read from their title,
/// their function and expertise, and a prompt when the set is narrow (every mentor in one function or at one level).
/// </summary>
public sealed record MyMentorsDto(IReadOnlyList<MyMentorDto> Mentors, string? Prompt);
