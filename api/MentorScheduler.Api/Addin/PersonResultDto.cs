namespace MentorScheduler.Api.Addin;

/// <summary>
/// A person the search found. From their mentor profile, when they have one: <c>expertise</c>, and <c>room</c>
/// (<c>open</c>, <c>full</c> or <c>closed</c>); without a profile <c>expertise</c> is empty and <c>room</c> null.
/// <c>timeZone</c>: their mailbox's zone (IANA), absent when their settings give none.
/// </summary>
public sealed record PersonResultDto(string Upn, string DisplayName, string? JobTitle, string? Department, string? OfficeLocation,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? TimeZone,
    IReadOnlyList<string> Expertise, string? Room);
