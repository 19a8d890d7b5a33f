using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Evaluations;

/// <summary>The evaluation point and the decision (API.md "The relationship's life").</summary>
public static class EvaluationsApi
{
    private static readonly string[] Recommendations = [DecisionFlow.Continue, DecisionFlow.Amend, DecisionFlow.End];

    public static IServiceCollection AddEvaluations(this IServiceCollection services)
    {
        services.AddScoped<SeriesExtender>();
        services.AddScoped<DecisionFlow>();
        return services;
    }

    public static void MapEvaluations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relationships/{id:guid}")
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithTags("Evaluation");
        group.MapPut("/evaluations/me", Submit).WithSummary("Record my evaluation at the evaluation point (again to replace it).");
        group.MapGet("/evaluations", List).WithSummary("Both participants' evaluations, every evaluation point.");
        group.MapPost("/decision", Decide).WithSummary("Continue (more meetings in the same series), amend (a new series) or end, at the evaluation point.");
    }

    public static async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Submit(
        Guid id, EvaluationRequest? request, RecordAccess records, MentorSchedulerDb db, TimeProvider clock, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (!access.IsParticipant) return RecordAccess.ReadOnly();
        var r = access.Relationship;
        var (ratings, errors) = Validate(r, request);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The evaluation needs attention");
        if (RelationshipStates.Check(r, RelationshipAction.Evaluate) is { } refusal) return refusal;
        var now = clock.GetUtcNow();
        if (EvaluationRefusal.UnlessOpen(r, now) is { } notDue) return notDue;

        var author = access.IsMentee ? "mentee" : "mentor";
        var reflection = string.IsNullOrWhiteSpace(request!.Reflection) ? null : request.Reflection.Trim();
        var recommendation = request.Recommendation!.Trim().ToLowerInvariant();
        var own = await db.Set<Evaluation>().FirstOrDefaultAsync(e => e.RelationshipId == r.Id && e.AfterMeeting == r.EvaluateAfterMeetings && e.Author == author, ct);
        if (own is null)
        {
            db.Add(new Evaluation
            {
                Id = Guid.CreateVersion7(now),
                TenantId = r.TenantId,
                RelationshipId = r.Id,
                AfterMeeting = r.EvaluateAfterMeetings,
                Author = author,
                GoalRatings = ratings,
                Reflection = reflection,
                Recommendation = recommendation,
                SubmittedAt = now,
            });
        }
        else if (!own.GoalRatings.SequenceEqual(ratings) || own.Reflection != reflection || own.Recommendation != recommendation)
        {
            (own.GoalRatings, own.Reflection, own.Recommendation, own.SubmittedAt) = (ratings, reflection, recommendation, now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Problems.Conflict("Saved meanwhile", "Your evaluation was saved from another window a moment ago. Open it again to see it.", "changedMeanwhile");
        }
        return TypedResults.Ok(RelationshipDto.From(r, now));
    }

    /// <summary>Every goal of the agreement rated once, 1 to 5; a reflection of at most 5,000 characters; continue, amend or end.</summary>
    private static (List<GoalRating> Ratings, Dictionary<string, string[]> Errors) Validate(Relationship r, EvaluationRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        var ratings = new List<GoalRating>();
        if (request?.GoalRatings is not { Count: > 0 } given)
        {
            errors["goalRatings"] = [$"Rate each goal from 1 to 5: {string.Join("; ", r.Goals)}."];
        }
        else
        {
            for (var i = 0; i < given.Count; i++)
            {
                var goal = r.Goals.FirstOrDefault(g => string.Equals(g, given[i]?.Goal?.Trim(), StringComparison.OrdinalIgnoreCase));
                if (goal is null)
                    errors[$"goalRatings[{i}].goal"] = [$"'{given[i]?.Goal}' is not one of this relationship's goals: {string.Join("; ", r.Goals)}."];
                else if (ratings.Any(x => x.Goal == goal))
                    errors[$"goalRatings[{i}].goal"] = [$"'{goal}' is rated twice; rate each goal once."];
                if (given[i]?.Rating is not (>= 1 and <= 5))
                    errors[$"goalRatings[{i}].rating"] = ["A rating is a whole number from 1 (no progress) to 5 (achieved)."];
                if (goal is not null && given[i]?.Rating is { } rating) ratings.Add(new GoalRating(goal, rating));
            }
            var missing = r.Goals.Where(g => given.All(x => !string.Equals(g, x?.Goal?.Trim(), StringComparison.OrdinalIgnoreCase))).ToList();
            if (missing.Count > 0 && !errors.Keys.Any(k => k.StartsWith("goalRatings[", StringComparison.Ordinal)))
                errors["goalRatings"] = [$"Rate every goal; missing: {string.Join("; ", missing)}."];
        }
        if (request?.Reflection?.Trim().Length > Evaluation.MaxReflectionLength)
            errors["reflection"] = [$"The reflection is {request.Reflection.Trim().Length} characters; keep it to {Evaluation.MaxReflectionLength}."];
        if (!Recommendations.Contains(request?.Recommendation?.Trim().ToLowerInvariant()))
            errors["recommendation"] = ["Recommend continue, amend or end."];
        return (ratings.OrderBy(x => r.Goals.IndexOf(x.Goal)).ToList(), errors);
    }

    /// <summary>
    /// Both participants' evaluations. A program admin reads the ratings and recommendations, and the reflections only
    /// when the tenant lets admins read notes (<see cref="PrivacyOptions"/>); otherwise <c>reflection</c> is left out.
    /// </summary>
    public static async Task<Results<Ok<List<EvaluationItemDto>>, ProblemHttpResult>> List(
        Guid id, RecordAccess records, MentorSchedulerDb db, IOptions<PrivacyOptions> privacy, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        var readsWords = NotesPrivacy.MayRead(access.Role, privacy.Value);
        var items = await db.Set<Evaluation>().AsNoTracking().Where(e => e.RelationshipId == id).ToListAsync(ct);
        return TypedResults.Ok(items.OrderBy(e => e.AfterMeeting).ThenBy(e => e.Author == "mentor")
            .Select(e => new EvaluationItemDto(e.Author, e.AfterMeeting, e.GoalRatings, readsWords ? e.Reflection : null, e.Recommendation, e.SubmittedAt)).ToList());
    }

    public static async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Decide(
        Guid id, DecisionRequest? request, RecordAccess records, DecisionFlow decisions, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (!access.IsParticipant) return RecordAccess.ReadOnly();
        return await decisions.DecideAsync(access, request, ct);
    }
}
