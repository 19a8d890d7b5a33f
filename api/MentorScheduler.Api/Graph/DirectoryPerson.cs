using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Graph;

/// <summary>
/// A person in the directory, as the product needs them. <paramref name="Upn"/> names them in <c>/users/{key}</c>
/// paths; <paramref name="Mail"/> (their SMTP address, which may differ from the UPN) is what meetings, free/busy
/// and mail are addressed to. Null when they have no mailbox.
/// </summary>
public sealed record DirectoryPerson(string Id, string DisplayName, string Upn, string? JobTitle, string? Mail, string? Department = null, string? OfficeLocation = null)
{
    public static DirectoryPerson From(User user) => new(
        user.Id!,
        user.DisplayName ?? user.UserPrincipalName ?? user.Id!,
        user.UserPrincipalName ?? user.Mail ?? string.Empty,
        user.JobTitle,
        string.IsNullOrWhiteSpace(user.Mail) ? null : user.Mail,
        string.IsNullOrWhiteSpace(user.Department) ? null : user.Department,
        string.IsNullOrWhiteSpace(user.OfficeLocation) ? null : user.OfficeLocation);
}
