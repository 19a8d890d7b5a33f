namespace MentorScheduler.Api.Identity;

/// <summary>The caller as <c>GET /api/me</c> shows them, with whether program admins of their tenant read notes (<see cref="PrivacyOptions"/>).</summary>
public sealed record MeDto(string Id, string Upn, string DisplayName, string TenantId, IReadOnlyList<string> Roles, bool AdminsReadNotes);
