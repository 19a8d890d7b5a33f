using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// What a sweep does after its deliveries, from the record alone (no Graph call): ends the agreements whose last
/// meeting has been held, and tells both people when an evaluation has come due.
/// </summary>
public sealed class SweepClosings(MentorSchedulerDb db, Mail.MailSignal mailSignal)
{
    /// <summary>
    /// Ends the booked relationships whose every remaining meeting has been held: the agreement is complete, the series
    /// has run out in Outlook by itself (nothing to change there), and the record says so. No Graph call.
    /// </summary>
    public async Task<int> EndFinishedAsync(IReadOnlyList<Guid> finished, DateTimeOffset now, CancellationToken ct)
    {
        if (finished.Count == 0) return 0;
        var ended = 0;
        foreach (var ids in finished.Chunk(AgendaSweep.PageSize))
        {
            db.ChangeTracker.Clear();
            var relationships = await db.Relationships.Where(r => ids.Contains(r.Id) && RelationshipStates.Booked.Contains(r.Status)).ToListAsync(ct);
            // An evaluation that has just come due is decided first (continue is still possible); once overdue, the agreement ends.
            relationships.RemoveAll(r => EvaluationPoint.Status(r, now) == EvaluationPoint.Due);
            foreach (var r in relationships)
            {
                r.Status = RelationshipStatus.Ended;
                r.EndedAt = now;
                r.EndedBy = "agreement";
                r.StayInTouch ??= "none";
                r.UpdatedAt = now;
                r.RowVersion++;
            }
            try
            {
                await db.SaveChangesAsync(ct);
                ended += relationships.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone changed one of them meanwhile (ended it, amended it): the next sweep looks again.
                db.ChangeTracker.Clear();
            }
        }
        return ended;
    }

    /// <summary>
    /// Tells both people, once per evaluation point, that the evaluation is due: one indexed query of the record (no
    /// Graph call), the mails through the outbox in the same save as the mark that they were queued.
    /// </summary>
    public async Task<int> MailDueEvaluationsAsync(DateTimeOffset now, string? tenantId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var nowMs = now.ToUnixTimeMilliseconds();
        var due = await db.Relationships
            .Where(r => (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active) && r.EvaluationDueAtMs <= nowMs)
            .Where(r => tenantId == null || r.TenantId == tenantId)
            .Where(r => r.EvaluationMailedFor != r.EvaluateAfterMeetings || r.EvaluationMailedFor == null)
            .Where(r => r.DecidedAfterMeeting != r.EvaluateAfterMeetings || r.DecidedAfterMeeting == null)
            .Take(AgendaSweep.PageSize).ToListAsync(ct);
        if (due.Count == 0) return 0;
        foreach (var r in due)
        {
            r.EvaluationMailedFor = r.EvaluateAfterMeetings;
            r.RowVersion++;
            Mail.LifecycleMails.EvaluationDueToBoth(db, r, now);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // One of them changed meanwhile: the next sweep looks again.
            db.ChangeTracker.Clear();
            return 0;
        }
        mailSignal.Queued();
        return due.Count;
    }
}
