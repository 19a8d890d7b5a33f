using MentorScheduler.Api.Core;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Relationships;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Admin;

/// <summary>The program manager's API (API.md "The program"): program admins only; anyone else 403.</summary>
public static class ProgramApi
{
    public const int DefaultPage = 50, MaxPage = 200;

    public static IServiceCollection AddProgram(this IServiceCollection services) => services
        .AddScoped<ProgramQueries>()
        .AddScoped<ProgramReport>()
        .AddScoped<ProgramCsv>();

    public static void MapProgram(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").RequireAuthorization(ApiPermissions.AdminPolicy).WithTags("Program");
        group.MapGet("/program", Report).WithSummary("The program at a glance: relationships by state, sessions by month, evaluations, quiet relationships, mentors' load.");
        group.MapGet("/program.csv", Csv).WithSummary("Every relationship of the tenant as CSV, one row each.");
        group.MapGet("/relationships", List)
            .WithSummary("The tenant's relationships, newest first, paged (limit, cursor) and filtered by status, mentor (UPN), evaluation=due, quiet=true and search (a name).");
    }

    public static async Task<Ok<ProgramReportDto>> Report(ProgramReport report, CurrentUser user, CancellationToken ct) =>
        TypedResults.Ok(await report.ForTenantAsync(user.TenantId, ct));

    public static async Task Csv(HttpContext http, ProgramCsv csv, CurrentUser user, TimeProvider clock, CancellationToken ct)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        var day = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"mentoring-program-{day}.csv\"";
        await csv.WriteAsync(user.TenantId, http.Response.Body, ct);
    }

    public static async Task<Results<Ok<AdminRelationshipPage>, ValidationProblem>> List(
        ProgramQueries queries, CurrentUser user, TimeProvider clock, string? status, string? mentor, string? evaluation, string? quiet,
        string? search, string? limit, string? cursor, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        RelationshipStatus? state = null;
        if (status is not null)
        {
            if (Enum.TryParse<RelationshipStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _)) state = parsed;
            else errors["status"] = [$"status is one of {string.Join(", ", Enum.GetNames<RelationshipStatus>().Select(n => n.ToLowerInvariant()))}."];
        }
        if (evaluation is not null && evaluation != "due") errors["evaluation"] = ["evaluation=due lists the relationships whose evaluation is due or overdue; leave it out for all."];
        if (quiet is not null && quiet is not ("true" or "false")) errors["quiet"] = ["quiet is true or false."];
        if (search is { Length: > 200 }) errors["search"] = ["Search for at most 200 characters of a name."];
        var (size, skip) = PageCursor.ReadPage(limit, cursor, DefaultPage, MaxPage, "the previous page's next", errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The list asked for is not valid");

        var now = clock.GetUtcNow();
        var query = queries.InTenant(user.TenantId).AsNoTracking();
        if (state is { } s) query = query.Where(r => r.Status == s);
        // Case-insensitive in SQL on both providers: lower() in the database (no .NET culture is involved); the StringComparison
        // overloads and ToLowerInvariant do not translate.
#pragma warning disable CA1862, CA1304, CA1311
        if (!string.IsNullOrWhiteSpace(mentor))
        {
            var upn = mentor.Trim().ToLowerInvariant();
            query = query.Where(r => r.MentorUpn.ToLower() == upn);
        }
        if (evaluation == "due") query = ProgramQueries.EvaluationOpen(query, now);
        if (quiet == "true") query = queries.Quiet(query, now);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLowerInvariant();
            query = query.Where(r => r.MenteeDisplayName.ToLower().Contains(term) || r.MentorDisplayName.ToLower().Contains(term));
        }
#pragma warning restore CA1862, CA1304, CA1311

        // Ids are version-7 GUIDs: their order is the order they were proposed in.
        var page = await query.OrderByDescending(r => r.Id).Skip(skip).Take(size + 1).ToListAsync(ct);
        string? next = null;
        if (page.Count > size)
        {
            page.RemoveAt(size);
            next = PageCursor.For(skip + size);
        }
        return TypedResults.Ok(new AdminRelationshipPage(page.Select(r => RelationshipDto.From(r, now)).ToList(), next));
    }
}
