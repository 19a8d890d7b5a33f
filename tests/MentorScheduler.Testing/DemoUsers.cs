namespace MentorScheduler.Testing;

/// <summary>The simulated demo tenant's people as tests name them (API.md "The demo tenant").</summary>
public static class DemoUsers
{
    public const string Domain = "contoso.example";
    public const string Adele = "adele.vance@contoso.example";
    public const string Megan = "megan.bowen@contoso.example";
    public const string Diego = "diego.siciliani@contoso.example";

    /// <summary>Johanna Lorenz: the one demo user whose UPN differs from her mail address.</summary>
    public const string Johanna = "jlorenz@contoso.example";
    public const string JohannaMail = "johanna.lorenz@contoso.example";

    /// <summary>A full user principal name from a demo user's local part (<c>adele.vance</c>) or a UPN.</summary>
    public static string Upn(string user) => user.Contains('@', StringComparison.Ordinal) ? user : $"{user}@{Domain}";
}
