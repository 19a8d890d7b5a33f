namespace MentorScheduler.Api.Mentors;

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
