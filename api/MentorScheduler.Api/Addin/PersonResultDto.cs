namespace MentorScheduler.Api.Addin;

/// <summary>A person the search found.</summary>
public sealed record PersonResultDto(string Upn, string DisplayName, string? JobTitle);
