using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>Keeps a mentor within their monthly meeting capacity across all their mentees.</summary>
public sealed class CapacityGuard(MentorSchedulerDb db, IOptions<SchedulingOptions> options)
{
    public async Task<int> CapacityOfAsync(string tenantId, string mentorId, CancellationToken ct) =>
        (await db.MentorCapacities.AsNoTracking().FirstOrDefaultAsync(c => c.TenantId == tenantId && c.MentorId == mentorId, ct))?.MeetingsPerMonth
        ?? options.Value.DefaultMentorCapacity;

    /// <summary>Null when the new meetings fit; otherwise a sentence saying which month is over and by how much.</summary>
    public async Task<string?> CheckAsync(Relationship relationship, IEnumerable<Instant> newMeetings, CancellationToken ct)
    {
        var capacity = await CapacityOfAsync(relationship.TenantId, relationship.MentorId, ct);
        var zone = TimeZones.Zone(relationship.TimeZone);
        var booked = await db.Sessions.AsNoTracking()
            .Where(s => s.TenantId == relationship.TenantId && s.Status == SessionStatus.Scheduled && s.RelationshipId != relationship.Id)
            .Join(db.Relationships.Where(r => r.MentorId == relationship.MentorId
                    && (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active)),
                s => s.RelationshipId, r => r.Id, (s, r) => s.Start)
            .ToListAsync(ct);

        var perMonth = booked.Select(start => Instant.FromDateTimeOffset(start))
            .Concat(newMeetings)
            .GroupBy(start => MonthOf(start, zone))
            .Select(g => (Month: g.Key, Count: g.Count()))
            .OrderBy(m => m.Month)
            .FirstOrDefault(m => m.Count > capacity);
        if (perMonth.Count == 0) return null;

        var month = perMonth.Month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        var over = perMonth.Count - capacity;
        return $"{relationship.MentorDisplayName} takes at most {capacity} mentoring meetings a month. With this series, {month} would have {perMonth.Count}: " +
               $"{over} more than that. Choose a less frequent cadence or a later start, or ask {relationship.MentorDisplayName} to raise their capacity.";
    }

    private static YearMonth MonthOf(Instant instant, DateTimeZone zone)
    {
        var date = instant.InZone(zone).Date;
        return new YearMonth(date.Year, date.Month);
    }
}
