namespace MentorScheduler.Api.Identity;

/// <summary>Asks the local issuer for a token.</summary>
public sealed record DevTokenRequest(string? Upn);
