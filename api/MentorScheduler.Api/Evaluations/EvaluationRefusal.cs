using MentorScheduler.Api.Core;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Evaluations;

/// <summary>The one answer to evaluating or deciding while the evaluation is not open: 409 <c>evaluationNotDue</c>, with its status.</summary>
public static class EvaluationRefusal
{
    /// <summary>Null while the evaluation is due or overdue; otherwise the 409, saying when it opens or that it is decided.</summary>
    public static ProblemHttpResult? UnlessOpen(Relationship r, DateTimeOffset now)
    {
        var status = EvaluationPoint.Status(r, now);
        if (status is EvaluationPoint.Due or EvaluationPoint.Overdue) return null;
        var problem = Problems.Conflict("The evaluation is not due",
            status == EvaluationPoint.Done
                ? $"The decision for the evaluation after meeting {r.EvaluateAfterMeetings} is already recorded; the evaluation is closed."
                : $"The evaluation opens once meeting {r.EvaluateAfterMeetings} has been held. Until then either of you can end the relationship at any time.",
            "evaluationNotDue");
        problem.ProblemDetails.Extensions["evaluation"] = status;
        return problem;
    }
}
