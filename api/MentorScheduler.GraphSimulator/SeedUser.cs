namespace MentorScheduler.GraphSimulator;

/// <summary>
/// A seeded user: directory entry, mailbox settings and app roles. <paramref name="Mail"/> is their SMTP address
/// when it differs from the UPN (as when a UPN keeps an old or an onmicrosoft name).
/// </summary>
public sealed record SeedUser(
    string Id,
    string UserPrincipalName,
    string GivenName,
    string Surname,
    string JobTitle,
    string Department,
    string OfficeLocation,
    string? Manager,
    string TimeZone,
    SeedWorkingHours WorkingHours,
    IReadOnlyList<string> Roles,
    string? Mail = null)
{
    public string DisplayName => $"{GivenName} {Surname}";

    /// <summary>The SMTP address (Graph's <c>mail</c>) meetings, free/busy and mail reach them by.</summary>
    public string Address => Mail ?? UserPrincipalName;
}
