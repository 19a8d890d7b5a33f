using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;

namespace MentorScheduler.Api.Admin;

/// <summary>
/// The program's questions as database queries, shared by the report, the list's filters and the CSV, so that each
/// answers the same way. Every one is one SQL statement over the tenant's rows: no per-relationship round trips.
/// </summary>
public sealed class ProgramQueries(MentorSchedulerDb db)
{
    private const long Day = 24L * 60 * 60 * 1000;

    /// <summary>One cadence interval in milliseconds, as the quiet rule counts it (a month as 30 days, a quarter as 91).</summary>
    public static long IntervalMs(Frequency frequency) => frequency switch
    {
        Frequency.Weekly => 7 * Day,
        Frequency.Biweekly => 14 * Day,
        Frequency.Monthly => 30 * Day,
        _ => 91 * Day,
    };

    public IQueryable<Relationship> InTenant(string tenantId) => db.Relationships.Where(r => r.TenantId == tenantId);

    /// <summary>
    /// Active relationships with no session held, or no notes filed for a held session, for two cadence intervals: the
    /// last held session (or the one with notes) ended before then, or none has and the first session started before then.
    /// </summary>
    public IQueryable<Relationship> Quiet(IQueryable<Relationship> relationships, DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        long weekly = nowMs - 2 * IntervalMs(Frequency.Weekly), biweekly = nowMs - 2 * IntervalMs(Frequency.Biweekly),
            monthly = nowMs - 2 * IntervalMs(Frequency.Monthly), quarterly = nowMs - 2 * IntervalMs(Frequency.Quarterly);
        var sessions = db.Sessions;
        var notes = db.SessionNoteVersions;
        return relationships
            .Where(r => r.Status == RelationshipStatus.Active)
            .Select(r => new
            {
                Relationship = r,
                Threshold = r.Frequency == Frequency.Weekly ? weekly : r.Frequency == Frequency.Biweekly ? biweekly : r.Frequency == Frequency.Monthly ? monthly : quarterly,
                Since = sessions.Where(s => s.RelationshipId == r.Id).Min(s => (long?)s.StartMs),
                LastHeld = sessions.Where(s => s.RelationshipId == r.Id && s.Status == SessionStatus.Scheduled && s.EndMs <= nowMs).Max(s => (long?)s.EndMs),
                LastNoted = sessions.Where(s => s.RelationshipId == r.Id && s.Status == SessionStatus.Scheduled && s.EndMs <= nowMs && notes.Any(n => n.SessionId == s.Id))
                    .Max(s => (long?)s.EndMs),
            })
            .Where(x => x.Since != null && ((x.LastHeld ?? x.Since) < x.Threshold || (x.LastNoted ?? x.Since) < x.Threshold))
            .Select(x => x.Relationship);
    }

    /// <summary>Active relationships whose evaluation point has passed without a decision (due or overdue).</summary>
    public static IQueryable<Relationship> EvaluationOpen(IQueryable<Relationship> relationships, DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        return relationships.Where(r => r.Status == RelationshipStatus.Active && r.EvaluationDueAtMs != null && r.EvaluationDueAtMs <= nowMs
            && (r.DecidedAfterMeeting == null || r.DecidedAfterMeeting != r.EvaluateAfterMeetings));
    }
}
