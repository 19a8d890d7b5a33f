namespace MentorScheduler.Api.Identity;

/// <summary>The caller as <c>GET /api/me</c> shows them.</summary>
public sealed record MeDto(string Id, string Upn, string DisplayName, string TenantId, IReadOnlyList<string> Roles);
