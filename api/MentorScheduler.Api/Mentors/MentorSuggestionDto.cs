namespace MentorScheduler.Api.Mentors;

/// <summary>One suggested mentor (API.md "Mentors"), best first, with the reasons in words.</summary>
public sealed record MentorSuggestionDto(string Upn, string DisplayName, string? JobTitle, string? Department, double Score, IReadOnlyList<string> Reasons);
