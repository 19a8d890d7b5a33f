namespace MentorScheduler.GraphSimulator.Directory;

/// <summary>
/// The simulated tenant's users: in <c>/users/{key}</c> paths by object id or user principal name, and as Exchange
/// resolves attendees, free/busy schedules and mail recipients, by SMTP address only (case-insensitive). A UPN
/// that is not also the mail address reaches nobody, as in Exchange.
/// </summary>
public sealed class SimulatedDirectory
{
    private readonly Dictionary<string, SeedUser> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SeedUser> _byAddress = new(StringComparer.OrdinalIgnoreCase);

    public SimulatedDirectory(DemoTenant tenant)
    {
        Tenant = tenant;
        foreach (var user in tenant.Users)
        {
            _byKey[user.Id] = user;
            _byKey[user.UserPrincipalName] = user;
            _byAddress[user.Address] = user;
        }
    }

    public DemoTenant Tenant { get; }

    public IReadOnlyList<SeedUser> Users => Tenant.Users;

    /// <summary>The user a <c>/users/{key}</c> path names: an object id or a UPN.</summary>
    public SeedUser? Find(string idOrUpn) => _byKey.GetValueOrDefault(idOrUpn.Trim());

    /// <summary>The user whose mailbox an email address reaches (an attendee, a schedule, a recipient).</summary>
    public SeedUser? FindByAddress(string address) => _byAddress.GetValueOrDefault(address.Trim());

    public SeedUser? ManagerOf(SeedUser user) => user.Manager is null ? null : Find(user.Manager);
}
