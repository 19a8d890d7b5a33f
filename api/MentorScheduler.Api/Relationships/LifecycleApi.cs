using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Mail;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Relationships;

/// <summary>
/// Ask first (API.md "The relationship's life"): the mentor answers the proposal; while it is open the mentee edits
/// or withdraws it. Each change is checked by <see cref="RelationshipStates"/>, saved with the mail that tells the
/// other person, and answered with the relationship; the same call twice is harmless.
/// </summary>
public static class LifecycleApi
{
    public static void MapLifecycle(this RouteGroupBuilder group)
    {
        group.MapPatch("/{id:guid}", Edit).WithName("EditRelationship").WithSummary("The mentee edits the agreement while the mentor has not answered.");
        group.MapPost("/{id:guid}/answer", Answer).WithName("AnswerRelationship").WithSummary("The mentor accepts or declines the proposal.");
        group.MapPost("/{id:guid}/withdraw", Withdraw).WithName("WithdrawRelationship").WithSummary("The mentee withdraws the proposal before booking.");
    }

    public static async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Answer(
        Guid id, AnswerRequest? request, RecordAccess records, MentorSchedulerDb db, MailSignal mail, TimeProvider clock, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (access.Role != RelationshipRole.Mentor) return RecordAccess.OnlyTheMentor(access.Relationship, "answer this proposal");
        var errors = new Dictionary<string, string[]>();
        var answer = request?.Answer?.Trim().ToLowerInvariant();
        if (answer is not ("accept" or "decline"))
            errors["answer"] = ["Say \"accept\" or \"decline\"."];
        var comment = string.IsNullOrWhiteSpace(request?.Comment) ? null : request.Comment.Trim();
        if (comment?.Length > Relationship.MaxCommentLength)
            errors["comment"] = [$"The comment is {comment.Length} characters; keep it to {Relationship.MaxCommentLength}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The answer needs attention");

        var r = access.Relationship;
        var wanted = answer == "accept" ? RelationshipStatus.Agreed : RelationshipStatus.Declined;
        // The same answer again (a double click, a retry after a lost response): nothing happens twice.
        if (r.Status == wanted && r.AnsweredAt is not null) return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
        if (RelationshipStates.Check(r, RelationshipAction.Answer) is { } refusal) return refusal;

        var now = clock.GetUtcNow();
        r.Status = wanted;
        r.MentorComment = comment;
        r.AnsweredAt = now;
        if (wanted == RelationshipStatus.Declined) r.ClosedAt = now;
        r.UpdatedAt = now;
        r.RowVersion++;
        LifecycleMails.AnswerToMentee(db, r, now);
        return await SaveAsync(db, mail, r, clock, ct);
    }

    public static async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Withdraw(
        Guid id, RecordAccess records, MentorSchedulerDb db, MailSignal mail, TimeProvider clock, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (!access.IsMentee) return RecordAccess.OnlyTheMentee(access.Relationship, "withdraw");
        var r = access.Relationship;
        if (r.Status == RelationshipStatus.Withdrawn) return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
        if (RelationshipStates.Check(r, RelationshipAction.Withdraw) is { } refusal) return refusal;

        var now = clock.GetUtcNow();
        r.Status = RelationshipStatus.Withdrawn;
        r.ClosedAt = now;
        r.UpdatedAt = now;
        r.RowVersion++;
        LifecycleMails.WithdrawalToMentor(db, r, now);
        return await SaveAsync(db, mail, r, clock, ct);
    }

    public static async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Edit(
        Guid id, CreateRelationshipRequest? request, RecordAccess records, MentorSchedulerDb db, MailSignal mail, TimeProvider clock, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (!access.IsMentee) return RecordAccess.OnlyTheMentee(access.Relationship, "edit");
        if (request is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["Send the fields to change as a JSON object."] });
        var r = access.Relationship;
        if (RelationshipStates.Check(r, RelationshipAction.Edit) is { } refusal) return refusal;
        if (request.MentorUpn is { } upn && !string.Equals(upn.Trim(), r.MentorUpn, StringComparison.OrdinalIgnoreCase))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["mentorUpn"] = [$"The mentor of a proposal does not change. Withdraw this one and propose to {upn.Trim()} instead."],
            }, title: "Some fields need attention");

        // Fields left out keep their value; the whole agreement is then checked as on create. A start date already
        // agreed may have passed since: it is not refused for that unless it is being changed.
        var merged = new CreateRelationshipRequest(r.MentorUpn, request.Purpose ?? r.Purpose, request.Goals ?? r.Goals,
            request.Cadence is null ? new CadenceRequest(r.Frequency.ToString().ToLowerInvariant(), r.DurationMinutes)
                : new CadenceRequest(request.Cadence.Frequency ?? r.Frequency.ToString().ToLowerInvariant(), request.Cadence.DurationMinutes ?? r.DurationMinutes),
            request.StartDate ?? r.StartDate, request.MeetingCount ?? r.MeetingCount, request.EvaluateAfterMeetings ?? r.EvaluateAfterMeetings,
            request.TimeZone ?? r.TimeZone);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().AddHours(-12).UtcDateTime);
        if (request.StartDate is null && r.StartDate < today) today = r.StartDate;
        var (agreement, errors) = RelationshipValidator.Validate(merged, today);
        if (agreement is null) return TypedResults.ValidationProblem(errors, title: "Some fields need attention");

        r.Purpose = agreement.Purpose;
        r.Goals = agreement.Goals;
        r.Frequency = agreement.Frequency;
        r.DurationMinutes = agreement.DurationMinutes;
        r.StartDate = agreement.StartDate;
        r.MeetingCount = agreement.MeetingCount;
        r.EvaluateAfterMeetings = agreement.EvaluateAfterMeetings;
        r.TimeZone = agreement.TimeZone ?? r.TimeZone;
        if (!db.ChangeTracker.HasChanges()) return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
        r.UpdatedAt = clock.GetUtcNow();
        r.RowVersion++;
        return await SaveAsync(db, mail, r, clock, ct);
    }

    private static async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        MentorSchedulerDb db, MailSignal mail, Relationship r, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Changed meanwhile",
                "Someone changed this relationship while you were answering (the other person, or you in another window). Nothing was saved; " +
                "open it again to see where it stands now.", "changedMeanwhile");
        }
        mail.Queued();
        return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
    }
}
