namespace MentorScheduler.Api.Mentors;

/// <summary>
/// <c>GET /api/me/mentors</c>: the caller's set of mentors, current first, each with the level read from their title,
/// their function and expertise, and a prompt when the set is narrow (every mentor in one function or at one level).
/// </summary>
public sealed record MyMentorsDto(IReadOnlyList<MyMentorDto> Mentors, string? Prompt);

/// <summary>One mentor, from their latest relationship with the caller: <c>current</c> while it is open, else past.</summary>
public sealed record MyMentorDto(
    string Upn,
    string DisplayName,
    string? JobTitle,
    string? Department,
    string? Level,
    IReadOnlyList<string> Expertise,
    Guid RelationshipId,
    Core.RelationshipStatus Status,
    bool Current,
    DateTimeOffset Since,
    DateTimeOffset? EndedAt);
