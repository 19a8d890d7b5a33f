using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Mentors;

/// <summary><c>GET</c>/<c>PUT /api/me/mentor-profile</c>: the caller's own mentor profile (API.md "Mentors").</summary>
public static class MentorProfileApi
{
    private const int Suggestions = 12;

    public static IServiceCollection AddMentors(this IServiceCollection services) =>
        services.AddMemoryCache().AddScoped<MentorProfiles>().AddScoped<MentorSuggester>().AddScoped<MailboxWeeks>();

    public static void MapMentors(this IEndpointRouteBuilder app)
    {
        var me = app.MapGroup("/api/me/mentor-profile").RequireAuthorization(ApiPermissions.UserPolicy).WithTags("Mentors");
        me.MapGet("/", Get).WithSummary("My mentor profile (the defaults, saved:false, until I save one) and the tenant's most used expertise.");
        me.MapPut("/", Put).WithSummary("Say whether I mentor, in what, how many mentees at once, meetings a month and how I like to meet.");
        app.MapSuggestions();
        app.MapMyMentors();
    }

    public static async Task<Ok<MentorProfileDto>> Get(MentorProfiles profiles, CapacityGuard capacity, CurrentUser user, CancellationToken ct)
    {
        var profile = await profiles.OfAsync(user.TenantId, user.ObjectId, ct);
        var meetings = await capacity.CapacityOfAsync(user.TenantId, user.ObjectId, ct);
        var suggested = await profiles.MostUsedExpertiseAsync(user.TenantId, Suggestions, ct);
        return TypedResults.Ok(profile is null
            ? new MentorProfileDto(false, [], string.Empty, 3, meetings, [], false, suggested)
            : new MentorProfileDto(profile.OpenToMentoring, profile.Expertise, profile.About, profile.MaxMentees, meetings, profile.MeetingModes, true, suggested));
    }

    public static async Task<Results<Ok<MentorProfileDto>, ValidationProblem>> Put(
        MentorProfileRequest? request, MentorSchedulerDb db, MentorProfiles profiles, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request?.OpenToMentoring is null) errors["openToMentoring"] = ["Say true (you take mentees) or false (not now)."];
        var expertise = new List<string>();
        if (request?.Expertise is null) errors["expertise"] = ["Give the areas you can help in as a list of short tags, or [] for none yet."];
        else
        {
            var tags = request.Expertise.Select(t => t?.Trim() ?? string.Empty).ToList();
            if (tags.Any(t => t.Length is 0 or > MentorProfile.MaxTagLength))
                errors["expertise"] = [$"Each area of expertise is 1 to {MentorProfile.MaxTagLength} characters."];
            expertise = tags.Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (expertise.Count > MentorProfile.MaxExpertise) errors["expertise"] = [$"Name at most {MentorProfile.MaxExpertise} areas of expertise."];
        }
        var about = request?.About?.Trim() ?? string.Empty;
        if (request?.About is null) errors["about"] = ["Say in a few words how you can help, or \"\" for nothing yet."];
        else if (about.Length > MentorProfile.MaxAboutLength) errors["about"] = [$"\"How I can help\" is {about.Length} characters; keep it to {MentorProfile.MaxAboutLength}."];
        if (request?.MaxMentees is not (>= 1 and <= MentorProfile.MostMentees))
            errors["maxMentees"] = [$"Give the most mentees you take at once, from 1 to {MentorProfile.MostMentees}."];
        if (request?.MeetingsPerMonth is not (>= 0 and <= 60))
            errors["meetingsPerMonth"] = ["Give how many mentoring meetings a month you take, from 0 (none for now) to 60."];
        var modes = new List<string>();
        if (request?.Modes is null) errors["modes"] = ["Give the ways you like to meet: teams, inPerson, phone (a list)."];
        else
        {
            var unknown = request.Modes.Where(m => m is null || !MentorProfile.Modes.Contains(m)).ToList();
            if (unknown.Count > 0) errors["modes"] = [$"'{unknown[0]}' is not a way of meeting: use teams, inPerson or phone."];
            modes = MentorProfile.Modes.Where(m => request.Modes.Contains(m)).ToList();
            if (request.OpenToMentoring == true && modes.Count == 0 && unknown.Count == 0)
                errors["modes"] = ["Say at least one way you like to meet: teams, inPerson or phone."];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The mentor profile needs attention");

        var profile = await db.MentorProfiles.FirstOrDefaultAsync(p => p.TenantId == user.TenantId && p.UserId == user.ObjectId, ct);
        if (profile is null) db.MentorProfiles.Add(profile = new MentorProfile { TenantId = user.TenantId, UserId = user.ObjectId });
        profile.OpenToMentoring = request!.OpenToMentoring!.Value;
        profile.Expertise = expertise;
        profile.About = about;
        profile.MaxMentees = request.MaxMentees!.Value;
        profile.MeetingModes = modes;
        profile.UpdatedAt = clock.GetUtcNow();
        var capacity = await db.MentorCapacities.FirstOrDefaultAsync(c => c.TenantId == user.TenantId && c.MentorId == user.ObjectId, ct);
        if (capacity is null) db.MentorCapacities.Add(capacity = new MentorCapacity { TenantId = user.TenantId, MentorId = user.ObjectId });
        capacity.MeetingsPerMonth = request.MeetingsPerMonth!.Value;
        // One save: the profile and its meetings a month are written together or not at all.
        await db.SaveChangesAsync(ct);

        var suggested = await profiles.MostUsedExpertiseAsync(user.TenantId, Suggestions, ct);
        return TypedResults.Ok(new MentorProfileDto(profile.OpenToMentoring, profile.Expertise, profile.About, profile.MaxMentees, capacity.MeetingsPerMonth,
            profile.MeetingModes, true, suggested));
    }
}
