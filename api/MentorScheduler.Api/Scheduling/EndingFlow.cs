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
/// A save that meets another writer's change reads the relationship again and ends it once more (409 only the second time).
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

        // A background writer (a mentor's answer arriving from Outlook, the sweep) may save the relationship while Outlook is
        // being changed: the ending is read again and applied once more (the Outlook step is harmless to repeat).
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await TryEndAsync(access, reflection, note, stay, alsoRecord, ct);
            if (outcome is not null) return outcome;
            db.ChangeTracker.Clear();
            var id = access.Relationship.Id;
            var tenantId = access.Relationship.TenantId;
            var current = await db.Relationships.SingleOrDefaultAsync(x => x.Id == id && x.TenantId == tenantId, ct);
            if (attempt == 2 || current is null)
            {
                return Problems.Conflict("Changed meanwhile",
                    "This relationship changed while you were ending it. Outlook's series is already stopped after the last held meeting; " +
                    "open the relationship again and end it once more to record it.", "changedMeanwhile");
            }
            access = access with { Relationship = current };
        }
    }

    /// <summary>Ends it in Outlook and in the record; null when someone else saved the relationship meanwhile.</summary>
    private async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>?> TryEndAsync(RelationshipAccess access, string? reflection, string? note,
        string stay, Action<Relationship>? alsoRecord, CancellationToken ct)
    {
        var r = access.Relationship;
        // The same ending again (a retry after a lost answer): nothing happens twice.
        if (r.Status == RelationshipStatus.Ended) return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
        if (RelationshipStates.Check(r, RelationshipAction.End) is { } refusal) return refusal;

        var now = clock.GetUtcNow();
        if (r.SeriesEventId is not null)
        {
            var sessions = await db.Sessions.Where(s => s.RelationshipId == r.Id && s.SeriesVersion == r.SeriesVersion && s.Status == SessionStatus.Scheduled)
                .ToListAsync(ct);
            var held = sessions.Where(s => s.Start <= now).ToList();
            if (!await MarkEndingAsync(r, now, ct)) return null;
            // The series is the mentee's: the mentee ends it as themselves, the mentor through the application's permission.
            var client = access.IsMentee ? graph.ForCurrentUser() : graph.ForTenant(r.TenantId);
            try
            {
                await SeriesEnder.EndAfterAsync(client, r, held, "Our mentoring relationship has ended. Thank you.", ct);
            }
            catch (Exception e) when (GraphExceptionHandler.Translate(e, out _) is not null)
            {
                await UnmarkEndingAsync(r);
                throw;
            }
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
            return null;
        }
        mail.Queued();
        return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
    }

    /// <summary>Saves <see cref="Relationship.EndingStartedAt"/> before Outlook changes; false when another writer came first.</summary>
    private async Task<bool> MarkEndingAsync(Relationship r, DateTimeOffset now, CancellationToken ct)
    {
        if (r.EndingStartedAt is not null) return true;
        r.EndingStartedAt = now;
        r.RowVersion++;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Outlook refused: the relationship is as it was (a later deletion in Outlook is read as the person's again).</summary>
    private Task<int> UnmarkEndingAsync(Relationship r) =>
        db.Relationships.Where(x => x.Id == r.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.EndingStartedAt, (DateTimeOffset?)null), CancellationToken.None);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
