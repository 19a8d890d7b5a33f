namespace MentorScheduler.Api.Addin;

/// <summary>The body of <c>GET /addin/config.json</c>.</summary>
public sealed record AddinConfigDto(string Mode, string? ClientId, string? ApiScope);
