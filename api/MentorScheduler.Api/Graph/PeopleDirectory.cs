using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MentorScheduler.Api.Graph;

/// <summary>Reads people from the tenant's directory through Graph: who someone is, and who manages whom.</summary>
public sealed class PeopleDirectory(IGraphClients graph)
{
    private static readonly string[] PersonFields = ["id", "displayName", "userPrincipalName", "mail", "jobTitle", "department", "officeLocation"];

    /// <summary>The properties people search looks in (Graph tokenizes each: any word of a name, surname included).</summary>
    public static readonly string[] SearchedProperties = ["displayName", "jobTitle", "department", "officeLocation", "userPrincipalName"];

    /// <summary>The user with this UPN or object id, or null when the tenant has no such user.</summary>
    public async Task<DirectoryPerson?> FindAsync(string upnOrId, CancellationToken ct)
    {
        try
        {
            var user = await graph.ForCurrentUser().Users[upnOrId].GetAsync(rc => rc.QueryParameters.Select = PersonFields, ct);
            return user is null ? null : DirectoryPerson.From(user);
        }
        catch (ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            return null;
        }
    }

    /// <summary>
    /// Up to <paramref name="top"/> people of the tenant with a word of their name, job title, department, office
    /// location or user name starting with <paramref name="text"/>, for the caller: Graph's <c>$search</c> on users, an
    /// advanced query that needs <c>ConsistencyLevel: eventual</c>.
    /// </summary>
    public async Task<IReadOnlyList<DirectoryPerson>> SearchAsync(string text, int top, CancellationToken ct)
    {
        var users = await graph.ForCurrentUser().Users.GetAsync(rc =>
        {
            rc.QueryParameters.Search = SearchClause(text);
            rc.QueryParameters.Select = PersonFields;
            rc.QueryParameters.Top = top;
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, ct);
        return (users?.Value ?? []).Select(DirectoryPerson.From).ToList();
    }

    /// <summary>
    /// <c>"displayName:text" OR "jobTitle:text" OR …</c>; the characters that would end or escape a quoted search term
    /// (<c>"</c> and <c>\</c>) are dropped from the text, and a text left empty gives null.
    /// </summary>
    public static string? SearchClause(string text)
    {
        var clean = new string(text.Where(c => c is not ('"' or '\\') && !char.IsControl(c)).ToArray()).Trim();
        return clean.Length == 0 ? null : string.Join(" OR ", SearchedProperties.Select(p => $"\"{p}:{clean}\""));
    }

    /// <summary>This user, and everyone above them, nearest first: the manager, the manager's manager, and so on.</summary>
    public async Task<ManagementChain> ManagementChainAsync(string objectId, CancellationToken ct)
    {
        var user = await graph.ForCurrentUser().Users[objectId].GetAsync(rc =>
        {
            rc.QueryParameters.Select = PersonFields;
            rc.QueryParameters.Expand = ["manager($levels=max;$select=id,displayName,userPrincipalName,mail,jobTitle)"];
            rc.Headers.Add("ConsistencyLevel", "eventual");
        }, ct);

        var chain = new List<DirectoryPerson>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var manager = user?.Manager; manager is not null; manager = manager switch
        {
            User u => u.Manager,
            OrgContact c => c.Manager,
            _ => null,
        })
        {
            if (manager.Id is null || !seen.Add(manager.Id)) break;
            chain.Add(manager switch
            {
                User u => DirectoryPerson.From(u),
                OrgContact c => new DirectoryPerson(c.Id!, c.DisplayName ?? c.Mail ?? c.Id!, c.Mail ?? string.Empty, c.JobTitle, c.Mail),
                _ => new DirectoryPerson(manager.Id, manager.Id, string.Empty, null, null),
            });
        }
        return new ManagementChain(user is null ? null : DirectoryPerson.From(user), chain);
    }

    /// <summary>The time zone of the caller's own mailbox as Outlook reports it (a Windows or IANA name), if set.</summary>
    public async Task<string?> OwnMailboxTimeZoneAsync(string callerObjectId, CancellationToken ct)
    {
        var settings = await graph.ForCurrentUser().Users[callerObjectId].MailboxSettings.GetAsync(cancellationToken: ct);
        return settings?.TimeZone;
    }

    /// <summary>
    /// The time zone of someone else's mailbox. Exchange refuses delegated reads of another user's mailbox
    /// settings whatever is consented, so this one read is the application's (MailboxSettings.Read).
    /// </summary>
    public async Task<string?> MailboxTimeZoneAsync(string tenantId, string objectId, CancellationToken ct)
    {
        var settings = await graph.ForTenant(tenantId).Users[objectId].MailboxSettings.GetAsync(cancellationToken: ct);
        return settings?.TimeZone;
    }
}
