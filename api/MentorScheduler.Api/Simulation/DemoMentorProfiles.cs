using MentorScheduler.Api.Data;
using MentorScheduler.Api.Mentors;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Simulation;

/// <summary>
/// Simulated mode only: mentor profiles for some of the demo tenant's people, so that suggestions and search are worth
/// looking at in the preview (issue 18). Written into the record once, when the tenant has no profile yet, so a
/// profile edited in the preview is never overwritten; <c>Simulation:SeedMentorProfiles</c> (default true) turns it off,
/// as the tests do to start from an empty record.
/// </summary>
public static class DemoMentorProfiles
{
    public const string SettingKey = "Simulation:SeedMentorProfiles";

    /// <summary>Who mentors in the demo tenant, in what, and how many mentees at once; Lynne is not taking mentees now.</summary>
    public static readonly IReadOnlyList<(string User, bool Open, string[] Expertise, string About, int MaxMentees, string[] Modes)> Seed =
    [
        ("nestor.wilke", true, ["product management", "roadmaps", "stakeholder management"],
            "Moving from engineering into product, and saying no to a roadmap request without losing the room.", 3, ["teams", "inPerson"]),
        ("lee.gu", true, ["distributed systems", "technical leadership", "architecture"],
            "Growing from senior to staff and principal: design reviews, writing, and leading without managing.", 2, ["teams"]),
        ("megan.bowen", true, ["product marketing", "public speaking", "product management"],
            "Telling a product's story, to customers and to a board.", 3, ["teams", "phone"]),
        ("jlorenz", true, ["data science", "machine learning", "career growth"],
            "Coming into data from another field; the statistics worth knowing first.", 2, ["teams"]),
        ("miriam.graham", true, ["design", "user research", "leading teams"],
            "Research with users, design critique, and building a team that says what it thinks.", 4, ["teams", "inPerson"]),
        ("henrietta.mueller", true, ["code review", "onboarding", "career growth"],
            "A peer's view: getting code through review, finding your feet in a new team.", 2, ["teams", "inPerson", "phone"]),
        ("patti.fernandez", true, ["engineering leadership", "technical leadership", "hiring"],
            "Becoming a manager of managers.", 2, ["teams"]),
        ("lynne.robbins", false, ["marketing leadership"], "", 1, []),
    ];

    public static async Task SeedDemoMentorProfilesAsync(this WebApplication app)
    {
        if (!app.Configuration.GetValue(SettingKey, true)) return;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        var directory = scope.ServiceProvider.GetRequiredService<GraphSimulator.Directory.SimulatedDirectory>();
        var tenant = directory.Tenant;
        if (await db.MentorProfiles.AnyAsync(p => p.TenantId == tenant.TenantId)) return;
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var (user, open, expertise, about, maxMentees, modes) in Seed)
        {
            if (directory.Find($"{user}@{tenant.Domain}") is not { } person) continue;
            db.MentorProfiles.Add(new MentorProfile
            {
                TenantId = tenant.TenantId,
                UserId = person.Id,
                OpenToMentoring = open,
                Expertise = [.. expertise],
                About = about,
                MaxMentees = maxMentees,
                MeetingModes = [.. modes],
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync();
    }
}
