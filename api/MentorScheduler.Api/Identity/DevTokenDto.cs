namespace MentorScheduler.Api.Identity;

/// <summary>A token from the local issuer.</summary>
public sealed record DevTokenDto(string AccessToken, int ExpiresIn);
