using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentorScheduler.Api.Admin;

/// <summary>
/// The program at a glance (issue 17), computed in the database from the record: a handful of grouped queries, none
/// per relationship, and no Graph call. The queries do not depend on each other, so each runs on its own connection at
/// the same time as the others (SQLite's WAL and PostgreSQL both let readers run side by side); the answer takes as long
/// as the slowest of them, not their sum (the program-report benchmark, README "Performance").
/// </summary>
public sealed class ProgramReport(IServiceScopeFactory scopes, IOptions<SchedulingOptions> scheduling, TimeProvider clock)
{
    private static readonly RelationshipStatus[] Open = [RelationshipStatus.Proposed, RelationshipStatus.Agreed, RelationshipStatus.Invited, RelationshipStatus.Active];

    public async Task<ProgramReportDto> ForTenantAsync(string tenantId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var nowMs = now.ToUnixTimeMilliseconds();
        var thisMonth = now.UtcDateTime.Year * 100 + now.UtcDateTime.Month;

        var byStatus = Run(tenantId, (db, _, relationships) => relationships.GroupBy(r => r.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Status, x => x.Count, ct));
        // Every session by month and state (in the index's order), and apart the ones still to come: held = taking place - to come.
        var byMonth = Run(tenantId, (db, _, _) => db.Sessions.AsNoTracking().Where(s => s.TenantId == tenantId)
            .GroupBy(s => new { s.StartMonth, s.Status }).Select(g => new MonthCount(g.Key.StartMonth, g.Key.Status, g.Count())).ToListAsync(ct));
        var toCome = Run(tenantId, (db, _, _) => db.Sessions.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.Status == SessionStatus.Scheduled && s.EndMs > nowMs)
            .GroupBy(s => s.StartMonth).Select(g => new { Month = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Month, x => x.Count, ct));
        // Due or overdue turns on the cadence (a month is a calendar month): read the few open ones and judge each as the record does.
        var open = Run(tenantId, (_, _, relationships) => ProgramQueries.EvaluationOpen(relationships, now)
            .Select(r => new { r.Frequency, r.EvaluationDueAtMs }).ToListAsync(ct));
        var done = Run(tenantId, (db, _, _) => db.Decisions.AsNoTracking().CountAsync(d => d.TenantId == tenantId, ct));
        var quiet = Run(tenantId, (_, queries, relationships) => queries.Quiet(relationships, now).CountAsync(ct));
        var mentors = Run(tenantId, (_, _, relationships) => relationships.Where(r => Open.Contains(r.Status))
            .GroupBy(r => r.MentorId)
            .Select(g => new MentorCount(g.Key, g.Max(r => r.MentorUpn)!, g.Max(r => r.MentorDisplayName)!, g.Count(r => r.Status == RelationshipStatus.Active)))
            .ToListAsync(ct));
        var meetings = Run(tenantId, (db, _, relationships) => db.Sessions.AsNoTracking()
            .Where(s => s.TenantId == tenantId && s.StartMonth == thisMonth && s.Status == SessionStatus.Scheduled)
            .Join(relationships, s => s.RelationshipId, r => r.Id, (s, r) => r.MentorId)
            .GroupBy(m => m).Select(g => new { MentorId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.MentorId, x => x.Count, ct));
        var capacities = Run(tenantId, (db, _, _) => db.MentorCapacities.AsNoTracking().Where(c => c.TenantId == tenantId)
            .ToDictionaryAsync(c => c.MentorId, c => c.MeetingsPerMonth, ct));
        // From proposal to the start of the first session held, for each relationship that has held one (SQLite has no median).
        var firsts = Run(tenantId, (_, _, relationships) => relationships.Where(r => r.FirstMeetingEndMs <= nowMs)
            .Select(r => new { r.CreatedAt, r.FirstMeetingStartMs }).ToListAsync(ct));

        await Task.WhenAll(byStatus, byMonth, toCome, open, done, quiet, mentors, meetings, capacities, firsts);

        var states = Enum.GetValues<RelationshipStatus>()
            .ToDictionary(s => s.ToString().ToLowerInvariant(), s => byStatus.Result.GetValueOrDefault(s));
        var months = byMonth.Result.GroupBy(m => m.Month).OrderBy(g => g.Key)
            .Select(g =>
            {
                var planned = toCome.Result.GetValueOrDefault(g.Key);
                return new MonthSessions(
                    string.Create(CultureInfo.InvariantCulture, $"{g.Key / 100:D4}-{g.Key % 100:D2}"),
                    g.Where(x => x.Status == SessionStatus.Scheduled).Sum(x => x.Count) - planned,
                    planned,
                    g.Where(x => x.Status == SessionStatus.Cancelled).Sum(x => x.Count));
            })
            .ToList();
        var sessions = new SessionCounts(months.Sum(m => m.Held), months.Sum(m => m.Planned), months.Sum(m => m.Cancelled));
        var overdue = open.Result.Count(r => EvaluationPoint.Status(r.Frequency, r.EvaluationDueAtMs, decided: false, now) == EvaluationPoint.Overdue);
        var evaluations = new EvaluationCounts(open.Result.Count - overdue, overdue, done.Result);
        var loads = mentors.Result
            .Select(m => new MentorLoad(m.Upn, m.DisplayName, m.Active, meetings.Result.GetValueOrDefault(m.MentorId),
                capacities.Result.GetValueOrDefault(m.MentorId, scheduling.Value.DefaultMentorCapacity)))
            .OrderByDescending(m => m.ActiveMentees).ThenBy(m => m.DisplayName, StringComparer.CurrentCulture)
            .ToList();

        return new ProgramReportDto(states, sessions, months, evaluations, quiet.Result, loads, Median(firsts.Result
            .Select(r => (r.FirstMeetingStartMs!.Value - r.CreatedAt.ToUnixTimeMilliseconds()) / 86_400_000.0).ToList()), now);
    }

    /// <summary>One query of the report on a connection of its own (its own scope and DbContext), over the tenant's relationships.</summary>
    /// <remarks>On the thread pool: Microsoft.Data.Sqlite's async methods run synchronously, so awaiting them directly would run the queries one after another.</remarks>
    private Task<T> Run<T>(string tenantId, Func<MentorSchedulerDb, ProgramQueries, IQueryable<Relationship>, Task<T>> query) => Task.Run(async () =>
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
        var queries = scope.ServiceProvider.GetRequiredService<ProgramQueries>();
        return await query(db, queries, queries.InTenant(tenantId).AsNoTracking());
    });

    /// <summary>The median of the days from proposal to the first session held, to a tenth of a day; none without any.</summary>
    private static double? Median(List<double> days)
    {
        if (days.Count == 0) return null;
        days.Sort();
        var mid = days.Count / 2;
        var median = days.Count % 2 == 1 ? days[mid] : (days[mid - 1] + days[mid]) / 2;
        return Math.Round(median, 1);
    }

    private sealed record MonthCount(int Month, SessionStatus Status, int Count);

    private sealed record MentorCount(string MentorId, string Upn, string DisplayName, int Active);
}
