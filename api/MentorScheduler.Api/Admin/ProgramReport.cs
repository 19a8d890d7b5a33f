using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Admin;

/// <summary>
/// The program at a glance (issue 17), computed in the database from the record: a handful of grouped queries,
/// none per relationship, and no Graph call.
/// </summary>
public sealed class ProgramReport(MentorSchedulerDb db, ProgramQueries queries, IOptions<SchedulingOptions> scheduling, TimeProvider clock)
{
    private static readonly RelationshipStatus[] Open = [RelationshipStatus.Proposed, RelationshipStatus.Agreed, RelationshipStatus.Invited, RelationshipStatus.Active];

    public async Task<ProgramReportDto> ForTenantAsync(string tenantId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var relationships = queries.InTenant(tenantId).AsNoTracking();

        var byStatus = await relationships.GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(ct);
        var states = Enum.GetValues<RelationshipStatus>()
            .ToDictionary(s => s.ToString().ToLowerInvariant(), s => byStatus.FirstOrDefault(x => x.Status == s)?.Count ?? 0);

        var sessionGroups = await db.Sessions.AsNoTracking().Where(s => s.TenantId == tenantId)
            .GroupBy(s => new { s.StartMonth, s.Status, Ended = s.EndMs <= nowMs })
            .Select(g => new { g.Key.StartMonth, g.Key.Status, g.Key.Ended, Count = g.Count() })
            .ToListAsync(ct);
        var months = sessionGroups.GroupBy(g => g.StartMonth).OrderBy(g => g.Key)
            .Select(g => new MonthSessions(
                string.Create(CultureInfo.InvariantCulture, $"{g.Key / 100:D4}-{g.Key % 100:D2}"),
                g.Where(x => x.Status == SessionStatus.Scheduled && x.Ended).Sum(x => x.Count),
                g.Where(x => x.Status == SessionStatus.Scheduled && !x.Ended).Sum(x => x.Count),
                g.Where(x => x.Status == SessionStatus.Cancelled).Sum(x => x.Count)))
            .ToList();
        var sessions = new SessionCounts(months.Sum(m => m.Held), months.Sum(m => m.Planned), months.Sum(m => m.Cancelled));

        // Due or overdue turns on the cadence (a month is a calendar month): read the few open ones and judge each as the record does.
        var open = await ProgramQueries.EvaluationOpen(relationships, now).ToListAsync(ct);
        var overdue = open.Count(r => EvaluationPoint.Status(r, now) == EvaluationPoint.Overdue);
        var done = await db.Decisions.AsNoTracking().CountAsync(d => d.TenantId == tenantId, ct);
        var evaluations = new EvaluationCounts(open.Count - overdue, overdue, done);

        var quiet = await queries.Quiet(relationships, now).CountAsync(ct);

        var thisMonth = now.UtcDateTime.Year * 100 + now.UtcDateTime.Month;
        var mentors = await relationships.Where(r => Open.Contains(r.Status))
            .GroupBy(r => new { r.MentorId, r.MentorUpn, r.MentorDisplayName })
            .Select(g => new { g.Key.MentorId, g.Key.MentorUpn, g.Key.MentorDisplayName, Active = g.Count(r => r.Status == RelationshipStatus.Active) })
            .ToListAsync(ct);
        var meetings = await db.Sessions.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.StartMonth == thisMonth && s.Status == SessionStatus.Scheduled)
            .Join(relationships, s => s.RelationshipId, r => r.Id, (s, r) => r.MentorId)
            .GroupBy(m => m).Select(g => new { MentorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.MentorId, x => x.Count, ct);
        var capacities = await db.MentorCapacities.AsNoTracking().Where(c => c.TenantId == tenantId)
            .ToDictionaryAsync(c => c.MentorId, c => c.MeetingsPerMonth, ct);
        var loads = mentors
            .Select(m => new MentorLoad(m.MentorUpn, m.MentorDisplayName, m.Active, meetings.GetValueOrDefault(m.MentorId),
                capacities.GetValueOrDefault(m.MentorId, scheduling.Value.DefaultMentorCapacity)))
            .OrderByDescending(m => m.ActiveMentees).ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)
            .ToList();

        return new ProgramReportDto(states, sessions, months, evaluations, quiet, loads, await MedianDaysToFirstSessionAsync(relationships, nowMs, ct), now);
    }

    /// <summary>The median, over relationships with a session held, of the days from proposal to the start of the first one.</summary>
    private async Task<double?> MedianDaysToFirstSessionAsync(IQueryable<Relationship> relationships, long nowMs, CancellationToken ct)
    {
        var firsts = await relationships
            .Select(r => new
            {
                r.CreatedAt,
                First = db.Sessions.Where(s => s.RelationshipId == r.Id && s.Status == SessionStatus.Scheduled && s.EndMs <= nowMs).Min(s => (long?)s.StartMs),
            })
            .Where(x => x.First != null)
            .ToListAsync(ct);
        if (firsts.Count == 0) return null;
        var days = firsts.Select(x => (x.First!.Value - x.CreatedAt.ToUnixTimeMilliseconds()) / 86_400_000.0).Order().ToList();
        var mid = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
        return Math.Round(median, 1);
    }
}
