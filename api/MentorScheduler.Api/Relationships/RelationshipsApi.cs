using MentorScheduler.Api.Core;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Relationships;

/// <summary>Create, list and read mentoring agreements (API.md "Relationships").</summary>
public static class RelationshipsApi
{
    public static IServiceCollection AddRelationships(this IServiceCollection services) =>
        services.AddScoped<RelationshipService>();

    public static RouteGroupBuilder MapRelationships(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relationships")
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithTags("Relationships");
        group.MapPost("/", Create).WithName("CreateRelationship");
        group.MapGet("/", List).WithName("ListRelationships");
        group.MapGet("/{id:guid}", Get).WithName("GetRelationship");
        group.MapLifecycle();
        return group;
    }

    /// <summary>Propose a mentoring agreement; the caller is the mentee.</summary>
    public static async Task<Results<Created<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Create(
        CreateRelationshipRequest? request, RelationshipService service, TimeProvider clock, CancellationToken ct)
    {
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the agreement as a JSON object."] });
        // "Today" anywhere on Earth: the date at UTC-12, so no zone's today is refused.
        var (agreement, errors) = RelationshipValidator.Validate(request, DateOnly.FromDateTime(clock.GetUtcNow().AddHours(-12).UtcDateTime));
        if (agreement is null) return TypedResults.ValidationProblem(errors, title: "Some fields need attention");
        var outcome = await service.CreateAsync(agreement, ct);
        if (outcome.Existing is { } existing) return AlreadyHave(existing);
        if (outcome.Relationship is not { } created)
            return Problems.Unprocessable(outcome.Title!, outcome.Detail!, outcome.Code!);
        return TypedResults.Created($"/api/relationships/{created.Id}", RelationshipDto.From(created, clock.GetUtcNow()));
    }

    private static ProblemHttpResult AlreadyHave(Relationship existing) =>
        Problems.Conflict("You already have this mentor",
            $"You already have a {existing.Status.ToString().ToLowerInvariant()} relationship with {existing.MentorDisplayName} ({existing.Id}). Open it instead of proposing another.",
            "relationshipExists");

    /// <summary>The default and the largest page of <c>GET /api/relationships</c>; a person's own relationships fit in one default page.</summary>
    public const int DefaultPage = 200, MaxPage = 1000;

    /// <summary>
    /// The caller's relationships as mentee or mentor (a program admin: the whole tenant's), newest first, from the
    /// record only. Paged: <c>limit</c> (1 to 1000, default 200) and the opaque <c>cursor</c> of the previous page's
    /// <c>Link: &lt;…&gt;; rel="next"</c> header, present while more follow.
    /// </summary>
    public static async Task<Results<Ok<List<RelationshipDto>>, ValidationProblem>> List(
        RecordAccess records, HttpResponse response, string? limit, string? cursor, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var (size, skip) = PageCursor.ReadPage(limit, cursor, DefaultPage, MaxPage, "the previous page's Link header", errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The page asked for is not valid");

        var now = clock.GetUtcNow();
        var page = await Page(records.Visible(), skip, size + 1).ToListAsync(ct);
        if (page.Count > size)
        {
            page.RemoveAt(size);
            response.Headers.Link = $"</api/relationships?limit={size}&cursor={PageCursor.For(skip + size)}>; rel=\"next\"";
        }
        return TypedResults.Ok(page.Select(r => RelationshipDto.From(r, now)).ToList());
    }

    /// <summary>
    /// A page of the relationships a caller can see, newest first: ids are version-7 GUIDs, so their order is the
    /// order they were proposed in. Each side of a participant's list reads its index in that order.
    /// </summary>
    public static IQueryable<Relationship> Page(IQueryable<Relationship> visible, int skip, int take) =>
        visible.AsNoTracking().OrderByDescending(r => r.Id).Skip(skip).Take(take).Select(Listed);

    /// <summary>
    /// A listed relationship holds what <see cref="RelationshipDto.From"/> reads, and the record's required members:
    /// not the reflections (up to 5,000 characters each), the bookkeeping of the sweep and of the ending, or the
    /// versions, so SQLite reads and the app materialises 30 columns of the 45.
    /// </summary>
    private static readonly System.Linq.Expressions.Expression<Func<Relationship, Relationship>> Listed = r => new Relationship
    {
        Id = r.Id,
        TenantId = r.TenantId,
        MenteeId = r.MenteeId,
        MenteeUpn = r.MenteeUpn,
        MenteeMail = r.MenteeMail,
        MenteeDisplayName = r.MenteeDisplayName,
        MenteeTimeZone = r.MenteeTimeZone,
        MentorId = r.MentorId,
        MentorUpn = r.MentorUpn,
        MentorMail = r.MentorMail,
        MentorDisplayName = r.MentorDisplayName,
        MentorTimeZone = r.MentorTimeZone,
        Purpose = r.Purpose,
        Goals = r.Goals,
        Frequency = r.Frequency,
        DurationMinutes = r.DurationMinutes,
        StartDate = r.StartDate,
        MeetingCount = r.MeetingCount,
        EvaluateAfterMeetings = r.EvaluateAfterMeetings,
        TimeZone = r.TimeZone,
        Status = r.Status,
        MentorComment = r.MentorComment,
        AnsweredAt = r.AnsweredAt,
        EndedAt = r.EndedAt,
        StayInTouch = r.StayInTouch,
        EvaluationDueAtMs = r.EvaluationDueAtMs,
        DecidedAfterMeeting = r.DecidedAfterMeeting,
        SeriesEventId = r.SeriesEventId,
        SeriesStart = r.SeriesStart,
        SeriesTimeZone = r.SeriesTimeZone,
    };

    /// <summary>One relationship, or 404 when it does not exist or the caller may not see it. From the record only.</summary>
    public static async Task<Results<Ok<RelationshipDto>, ProblemHttpResult>> Get(Guid id, RecordAccess records, TimeProvider clock, CancellationToken ct) =>
        await records.RelationshipAsync(id, ct) is { } access
            ? TypedResults.Ok(RelationshipDto.From(access.Relationship, clock.GetUtcNow()))
            : RecordAccess.RelationshipNotFound(id);
}
