using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Mail;
using MentorScheduler.Api.Scheduling;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Evaluations;

/// <summary>
/// The decision at the evaluation point (API.md "The relationship's life"): <c>continue</c> extends the same series,
/// <c>amend</c> replaces it from one new interval after the last held meeting (the mentee, who organises it), <c>end</c>
/// ends the relationship well. Each is saved with the decision in one save, told to the other person, and harmless to
/// repeat.
/// </summary>
public sealed class DecisionFlow(MentorSchedulerDb db, SeriesExtender extender, SeriesAmender amender, EndingFlow ending, TimeProvider clock)
{
    public const string Continue = "continue", Amend = "amend", End = "end";

    public async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> DecideAsync(RelationshipAccess access, DecisionRequest? request, CancellationToken ct)
    {
        var kind = request?.Decision?.Trim().ToLowerInvariant();
        if (kind is not (Continue or Amend or End))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["decision"] = ["Say continue, amend or end."] }, title: "The decision needs attention");
        return kind switch
        {
            Continue => await ContinueAsync(access, request!, ct),
            Amend => await AmendAsync(access, request!, ct),
            _ => await EndAsync(access, request!, ct),
        };
    }

    private async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> ContinueAsync(RelationshipAccess access, DecisionRequest request, CancellationToken ct)
    {
        var r = access.Relationship;
        var now = clock.GetUtcNow();
        // The same decision again, after it was carried out: nothing happens twice.
        if (await LastAsync(r, ct) is { Kind: Continue, CompletedAt: not null } last && last.AfterMeeting == r.DecidedAfterMeeting
            && last.NextEvaluation == r.EvaluateAfterMeetings && (request.AdditionalMeetings is null || request.AdditionalMeetings == last.AdditionalMeetings))
            return TypedResults.Ok(RelationshipDto.From(r, now));

        // A decision interrupted part-way (Graph failed) is completed as it was recorded.
        if (await db.Set<RelationshipDecision>().FirstOrDefaultAsync(d => d.RelationshipId == r.Id && d.AfterMeeting == r.EvaluateAfterMeetings && d.CompletedAt == null, ct)
            is { Kind: Continue } pending)
        {
            await extender.CompleteAsync(access, pending, ct);
            return TypedResults.Ok(RelationshipDto.From(r, now));
        }

        var errors = new Dictionary<string, string[]>();
        if (request.AdditionalMeetings is not (>= 1 and <= AgreementRules.MaxMeetings))
            errors["additionalMeetings"] = [$"Say how many more meetings, from 1 to {AgreementRules.MaxMeetings}."];
        var total = r.MeetingCount + (request.AdditionalMeetings ?? 0);
        var next = request.EvaluateAfterMeetings ?? total;
        if (request.AdditionalMeetings is >= 1 and <= AgreementRules.MaxMeetings && (next <= r.EvaluateAfterMeetings || next > total))
            errors["evaluateAfterMeetings"] = [$"The next evaluation comes after one of the meetings still to come: from {r.EvaluateAfterMeetings + 1} to {total}."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The decision needs attention");
        if (Refused(r, now) is { } refusal) return refusal;

        var decision = new RelationshipDecision
        {
            Id = Guid.CreateVersion7(now),
            TenantId = r.TenantId,
            RelationshipId = r.Id,
            AfterMeeting = r.EvaluateAfterMeetings,
            Kind = Continue,
            DecidedBy = access.IsMentee ? "mentee" : "mentor",
            AdditionalMeetings = request.AdditionalMeetings,
            NextEvaluation = next,
            TargetOccurrences = await extender.CurrentOccurrencesAsync(r, access.IsMentee, ct) + request.AdditionalMeetings,
            CreatedAt = now,
        };
        db.Add(decision);
        if (await SavedAsync(ct) is { } raced) return raced; // the intent is recorded before Outlook is touched
        await extender.CompleteAsync(access, decision, ct);
        return TypedResults.Ok(RelationshipDto.From(r, now));
    }

    private async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> AmendAsync(RelationshipAccess access, DecisionRequest request, CancellationToken ct)
    {
        var r = access.Relationship;
        var now = clock.GetUtcNow();
        if (!access.IsMentee) return RecordAccess.OnlyTheMentee(r, "amend", "Agree the new cadence with them; they choose the new time in MentorScheduler.");
        if (await LastAsync(r, ct) is { Kind: Amend } last && last.AfterMeeting == r.DecidedAfterMeeting && r.Status == RelationshipStatus.Invited)
            return TypedResults.Ok(RelationshipDto.From(r, now));
        var point = r.EvaluateAfterMeetings;
        if (request.EvaluateAfterMeetings is { } wanted && (wanted <= point || wanted > r.MeetingCount))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["evaluateAfterMeetings"] = [$"The next evaluation comes after one of the meetings still to come: from {point + 1} to {r.MeetingCount}."],
            }, title: "The decision needs attention");
        if (Refused(r, now) is { } refusal) return refusal;

        return await amender.AmendAsync(r, new AmendRequest(request.Cadence, request.Start, request.TimeZone), ct, fromLastHeld: true, alsoRecord: amended =>
        {
            Record(amended, point, Amend, access.IsMentee, now);
            amended.EvaluateAfterMeetings = request.EvaluateAfterMeetings ?? point;
            LifecycleMails.DecisionToOther(db, amended, byMentee: true, $"amend: {AgreementSummary.Describe(amended.Frequency)}, {amended.DurationMinutes} minutes, " +
                "in a new series that replaces the meetings still to come (accept it in Outlook).", now);
        });
    }

    private async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> EndAsync(RelationshipAccess access, DecisionRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        return await ending.EndAsync(access, new EndRequest(request.Reflection, request.ThankYouNote, request.StayInTouch), ct, ended =>
        {
            // Judged on the relationship as it is saved (read again if it changed meanwhile, say the other person decided).
            if (!EvaluationPoint.IsOpen(ended, now)) return;
            Record(ended, ended.EvaluateAfterMeetings, End, access.IsMentee, now);
            // The thank-you note tells the other person; without one, the decision does.
            if (string.IsNullOrWhiteSpace(request.ThankYouNote))
                LifecycleMails.DecisionToOther(db, ended, access.IsMentee, "end the relationship. The meetings held stay in both calendars and in the record.", now);
        });
    }

    /// <summary>Continue and amend need an active relationship whose evaluation is due (or overdue): a 409 otherwise.</summary>
    private static ProblemHttpResult? Refused(Relationship r, DateTimeOffset now)
    {
        return RelationshipStates.Check(r, RelationshipAction.Decide) ?? EvaluationRefusal.UnlessOpen(r, now);
    }

    private void Record(Relationship r, int point, string kind, bool byMentee, DateTimeOffset now)
    {
        db.Add(new RelationshipDecision
        {
            Id = Guid.CreateVersion7(now),
            TenantId = r.TenantId,
            RelationshipId = r.Id,
            AfterMeeting = point,
            Kind = kind,
            DecidedBy = byMentee ? "mentee" : "mentor",
            CreatedAt = now,
            CompletedAt = now,
        });
        r.DecidedAfterMeeting = point;
    }

    private Task<RelationshipDecision?> LastAsync(Relationship r, CancellationToken ct) =>
        db.Set<RelationshipDecision>().AsNoTracking().Where(d => d.RelationshipId == r.Id).OrderByDescending(d => d.AfterMeeting).FirstOrDefaultAsync(ct);

    private async Task<ProblemHttpResult?> SavedAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            return Problems.Conflict("Decided meanwhile",
                "The other person recorded a decision at this evaluation point a moment ago. Open the relationship again to see it.", "changedMeanwhile");
        }
    }
}
