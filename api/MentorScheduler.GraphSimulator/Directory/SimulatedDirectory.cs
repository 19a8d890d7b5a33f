namespace MentorScheduler.GraphSimulator.Directory;

/// <summary>The simulated tenant's users, found by object id or user principal name (case-insensitive).</summary>
public sealed class SimulatedDirectory
{
    private readonly Dictionary<string, SeedUser> _byKey = new(StringComparer.OrdinalIgnoreCase);

    public SimulatedDirectory(DemoTenant tenant)
    {
        Tenant = tenant;
        foreach (var user in tenant.Users)
        {
            _byKey[user.Id] = user;
            _byKey[user.UserPrincipalName] = user;
        }
    }

    public DemoTenant Tenant { get; }

    public IReadOnlyList<SeedUser> Users => Tenant.Users;

    public SeedUser? Find(string idOrUpn) => _byKey.GetValueOrDefault(idOrUpn.Trim());

    public SeedUser? ManagerOf(SeedUser user) => user.Manager is null ? null : Find(user.Manager);
}
