namespace MentorScheduler.GraphSimulator;

/// <summary>A seeded user: directory entry, mailbox settings and app roles.</summary>
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
    IReadOnlyList<string> Roles)
{
    public string DisplayName => $"{GivenName} {Surname}";
}
