using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Mail;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Ends a relationship well (API.md "The relationship's life"): Outlook first (the series stops after the last held
/// session; held meetings stay in both calendars), then in one save the record (ended, later sessions cancelled,
/// the ender's reflection) with the thank-you mail and the stay-in-touch check-ins in the outbox. Graph failing
/// leaves the record as it was (503 with Retry-After); the retry repeats the Outlook step harmlessly and saves once.
/// </summary>
public sealed class EndingFlow(MentorSchedulerDb db, IGraphClients graph, MailSignal mail, TimeProvider clock)
{
    private static readonly Dictionary<string, int?> StayInTouchDays = new(StringComparer.Ordinal)
    {
        ["none"] = null,
        ["quarterly"] = 91,
        ["twiceAYear"] = 182,
    };

    public async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> EndAsync(RelationshipAccess access, EndRequest? request, CancellationToken ct,
        Action<Relationship>? alsoRecord = null)
    {
        var r = access.Relationship;
        var errors = new Dictionary<string, string[]>();
        var reflection = Trimmed(request?.Reflection);
        var note = Trimmed(request?.ThankYouNote);
        var stay = request?.StayInTouch?.Trim() ?? "none";
        if (reflection?.Length > Relationship.MaxClosingTextLength)
            errors["reflection"] = [$"The reflection is {reflection.Length} characters; keep it to {Relationship.MaxClosingTextLength}."];
        if (note?.Length > Relationship.MaxClosingTextLength)
            errors["thankYouNote"] = [$"The thank-you note is {note.Length} characters; keep it to {Relationship.MaxClosingTextLength}."];
        if (!StayInTouchDays.ContainsKey(stay))
            errors["stayInTouch"] = ["Say none, quarterly or twiceAYear."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "The ending needs attention");

        // The same ending again (a retry after a lost answer): nothing happens twice.
        if (r.Status == RelationshipStatus.Ended) return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
        if (RelationshipStates.Check(r, RelationshipAction.End) is { } refusal) return refusal;

        var now = clock.GetUtcNow();
        if (r.SeriesEventId is not null)
        {
            var sessions = await db.Sessions.Where(s => s.RelationshipId == r.Id && s.SeriesVersion == r.SeriesVersion && s.Status == SessionStatus.Scheduled)
                .ToListAsync(ct);
            var held = sessions.Where(s => s.Start <= now).ToList();
            // The series is the mentee's: the mentee ends it as themselves, the mentor through the application's permission.
            var client = access.IsMentee ? graph.ForCurrentUser() : graph.ForTenant(r.TenantId);
            await SeriesEnder.EndAfterAsync(client, r, held, "Our mentoring relationship has ended. Thank you.", ct);
            foreach (var later in sessions.Where(s => s.Start > now)) later.Status = SessionStatus.Cancelled;
            EvaluationPoint.Recompute(r, await db.Sessions.Where(s => s.RelationshipId == r.Id).ToListAsync(ct));
        }

        r.Status = RelationshipStatus.Ended;
        r.EndedAt = now;
        r.EndedBy = access.IsMentee ? "mentee" : "mentor";
        r.StayInTouch = stay;
        if (access.IsMentee) r.MenteeReflection = reflection;
        else r.MentorReflection = reflection;
        r.UpdatedAt = now;
        r.RowVersion++;
        if (note is not null) LifecycleMails.ThankYouNote(db, r, access.IsMentee, note, now);
        if (StayInTouchDays[stay] is { } days) LifecycleMails.StayInTouch(db, r, days, now);
        alsoRecord?.Invoke(r); // a decision taken at the evaluation point is saved with the ending
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict("Changed meanwhile",
                "This relationship changed while you were ending it. Outlook's series is already stopped after the last held meeting; " +
                "open the relationship again and end it once more to record it.", "changedMeanwhile");
        }
        mail.Queued();
        return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
