using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorScheduler.GraphSimulator;

/// <summary>The seed a simulated tenant starts from: its users, their mailboxes and their standing meetings.</summary>
public sealed record DemoTenant(
    string TenantId,
    string Domain,
    string DisplayName,
    IReadOnlyList<SeedUser> Users,
    IReadOnlyList<SeedMeeting> StandingMeetings)
{
    private static readonly JsonSerializerOptions SeedJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The demo tenant of API.md, shipped inside the simulator assembly.</summary>
    public static DemoTenant LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly()
            .GetManifestResourceStream("MentorScheduler.GraphSimulator.demo-tenant.json")
            ?? throw new InvalidOperationException("The demo tenant seed is missing from the simulator assembly.");
        return Load(stream);
    }

    /// <summary>Reads a tenant seed in the same shape as Data/demo-tenant.json.</summary>
    public static DemoTenant Load(Stream json) =>
        JsonSerializer.Deserialize<DemoTenant>(json, SeedJson)
        ?? throw new InvalidOperationException("The tenant seed is empty.");
}
