namespace MentorScheduler.Api.Addin;

/// <summary>
/// A person the search found. From their mentor profile, when they have one: <c>expertise</c>, and <c>room</c>
/// (<c>open</c>, <c>full</c> or <c>closed</c>); without a profile <c>expertise</c> is empty and <c>room</c> null.
/// </summary>
public sealed record PersonResultDto(string Upn, string DisplayName, string? JobTitle, string? Department, string? OfficeLocation,
    IReadOnlyList<string> Expertise, string? Room);
