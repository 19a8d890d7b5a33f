namespace MentorScheduler.Api.Core;

/// <summary>A person in a relationship as the API shows them.</summary>
public sealed record PersonDto(string Upn, string DisplayName);
