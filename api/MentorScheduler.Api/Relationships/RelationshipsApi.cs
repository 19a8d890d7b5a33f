using MentorScheduler.Api.Core;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Scheduling;
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
        return TypedResults.Created($"/api/relationships/{created.Id}", RelationshipDto.From(created));
    }

    private static ProblemHttpResult AlreadyHave(Relationship existing) =>
        Problems.Conflict("You already have this mentor",
            $"You already have a {existing.Status.ToString().ToLowerInvariant()} relationship with {existing.MentorDisplayName} ({existing.Id}). Open it instead of proposing another.",
            "relationshipExists");

    /// <summary>The caller's relationships as mentee or mentor; a program admin sees the whole tenant's.</summary>
    public static async Task<Ok<List<RelationshipDto>>> List(RecordAccess records, SessionSync sync, CancellationToken ct)
    {
        var relationships = await records.Visible().ToListAsync(ct);
        foreach (var invited in relationships.Where(r => r.Status == RelationshipStatus.Invited))
            await sync.TrySyncAsync(invited, ct);
        return TypedResults.Ok(relationships.OrderByDescending(r => r.CreatedAt).Select(RelationshipDto.From).ToList());
    }

    /// <summary>One relationship, or 404 when it does not exist or the caller may not see it.</summary>
    public static async Task<Results<Ok<RelationshipDto>, ProblemHttpResult>> Get(
        Guid id, RecordAccess records, SessionSync sync, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        var relationship = access.Relationship;
        // The mentor answers in Outlook; an invited relationship learns the answer when it is read.
        if (relationship.Status == RelationshipStatus.Invited) await sync.TrySyncAsync(relationship, ct);
        return TypedResults.Ok(RelationshipDto.From(relationship));
    }
}
