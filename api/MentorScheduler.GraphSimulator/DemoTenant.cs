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

/// <summary>Working hours, Monday to Friday, as local times in the user's own zone.</summary>
public sealed record SeedWorkingHours(TimeOnly Start, TimeOnly End);

/// <summary>A weekly meeting with no end, organised in the organiser's own time zone.</summary>
public sealed record SeedMeeting(
    string Organizer,
    string Subject,
    DateTime Start,
    DateTime End,
    IReadOnlyList<string> DaysOfWeek,
    string ShowAs);
