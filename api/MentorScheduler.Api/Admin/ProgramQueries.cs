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
    /// Since a session with notes is a held one, that is: the sessions began before then (<see cref="Relationship.SessionsFromMs"/>),
    /// and no held session with notes ended since: one lookup per relationship in the (tenant, relationship, status, end) index.
    /// </summary>
    public IQueryable<Relationship> Quiet(IQueryable<Relationship> relationships, DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        long weekly = nowMs - 2 * IntervalMs(Frequency.Weekly), biweekly = nowMs - 2 * IntervalMs(Frequency.Biweekly),
            monthly = nowMs - 2 * IntervalMs(Frequency.Monthly), quarterly = nowMs - 2 * IntervalMs(Frequency.Quarterly);
        var sessions = db.Sessions;
        var notes = db.SessionNoteVersions;
        return relationships
            .Where(r => r.Status == RelationshipStatus.Active && r.SessionsFromMs != null
                && r.SessionsFromMs < (r.Frequency == Frequency.Weekly ? weekly : r.Frequency == Frequency.Biweekly ? biweekly : r.Frequency == Frequency.Monthly ? monthly : quarterly))
            .Where(r => !sessions.Any(s => s.TenantId == r.TenantId && s.RelationshipId == r.Id && s.Status == SessionStatus.Scheduled && s.EndMs <= nowMs
                && s.EndMs >= (r.Frequency == Frequency.Weekly ? weekly : r.Frequency == Frequency.Biweekly ? biweekly : r.Frequency == Frequency.Monthly ? monthly : quarterly)
                && notes.Any(n => n.SessionId == s.Id)));
    }

    /// <summary>Active relationships whose evaluation point has passed without a decision (due or overdue).</summary>
    public static IQueryable<Relationship> EvaluationOpen(IQueryable<Relationship> relationships, DateTimeOffset now)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        return relationships.Where(r => r.Status == RelationshipStatus.Active && r.EvaluationDueAtMs != null && r.EvaluationDueAtMs <= nowMs
            && (r.DecidedAfterMeeting == null || r.DecidedAfterMeeting != r.EvaluateAfterMeetings));
    }
}
