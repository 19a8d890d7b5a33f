using Microsoft.Graph.Models;

namespace MentorScheduler.Api.Graph;

/// <summary>A person in the directory, as the product needs them.</summary>
public sealed record DirectoryPerson(string Id, string DisplayName, string Upn, string? JobTitle)
{
    public static DirectoryPerson From(User user) => new(
        user.Id!,
        user.DisplayName ?? user.UserPrincipalName ?? user.Id!,
        user.UserPrincipalName ?? user.Mail ?? string.Empty,
        user.JobTitle);
}
