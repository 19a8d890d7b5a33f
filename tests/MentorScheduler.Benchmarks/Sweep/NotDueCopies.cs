using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Benchmarks.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.Benchmarks.Sweep;

/// <summary>
/// Fills the record with booked relationships that have nothing due, quickly: copies of one relationship booked
/// through the API (its sessions moved later by a fixed span), each with its own mentor id so the "one open
/// relationship per pair" rule holds, shared among the seeded mentees so no mailbox is added to watch. Their
/// series exist only in the record; they are there for the sweep to page past.
/// </summary>
public static class NotDueCopies
{
    public static async Task AddAsync(BenchApp app, int copies, TimeSpan later)
    {
        if (copies <= 0) return;
        Relationship[] originals;
        Dictionary<Guid, List<Session>> sessions;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
            originals = await db.Relationships.AsNoTracking().Where(r => r.SeriesEventId != null).OrderBy(r => r.MenteeUpn).ToArrayAsync();
            var ids = originals.Select(r => r.Id).ToList();
            sessions = (await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.RelationshipId)).ToListAsync())
                .GroupBy(s => s.RelationshipId).ToDictionary(g => g.Key, g => g.ToList());
        }

        const int Chunk = 1000;
        for (var first = 0; first < copies; first += Chunk)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<MentorSchedulerDb>();
            for (var n = first; n < Math.Min(copies, first + Chunk); n++)
            {
                var original = originals[n % originals.Length];
                var copy = Copy(original, n);
                db.Relationships.Add(copy);
                db.Sessions.AddRange(sessions[original.Id].Select(s => Copy(s, copy, later)));
            }
            await db.SaveChangesAsync();
        }
    }

    private static Relationship Copy(Relationship r, int n) => new()
    {
        Id = Guid.NewGuid(),
        TenantId = r.TenantId,
        MenteeId = r.MenteeId,
        MenteeUpn = r.MenteeUpn,
        MenteeMail = r.MenteeMail,
        MenteeDisplayName = r.MenteeDisplayName,
        MentorId = $"00000000-0000-4000-8000-03{n:0000000000}",
        MentorUpn = $"copy{n:00000}@contoso.example",
        MentorMail = $"copy{n:00000}@contoso.example",
        MentorDisplayName = $"Copy {n:00000}",
        Purpose = r.Purpose,
        Goals = [.. r.Goals],
        Frequency = r.Frequency,
        DurationMinutes = r.DurationMinutes,
        StartDate = r.StartDate,
        MeetingCount = r.MeetingCount,
        EvaluateAfterMeetings = r.EvaluateAfterMeetings,
        TimeZone = r.TimeZone,
        MentorTimeZone = r.MentorTimeZone,
        Status = r.Status,
        CreatedAt = r.CreatedAt,
        UpdatedAt = r.UpdatedAt,
        SeriesEventId = $"copy-{n}-{r.SeriesEventId}",
        SeriesStart = r.SeriesStart,
        SeriesTimeZone = r.SeriesTimeZone,
    };

    private static Session Copy(Session s, Relationship to, TimeSpan later) => new()
    {
        Id = Guid.NewGuid(),
        TenantId = s.TenantId,
        RelationshipId = to.Id,
        Number = s.Number,
        SeriesVersion = s.SeriesVersion,
        SeriesEventId = to.SeriesEventId!,
        OccurrenceId = $"{to.SeriesEventId}-{s.Number}",
        OriginalStart = s.OriginalStart + later,
        Start = s.Start + later,
        End = s.End + later,
        Status = s.Status,
    };
}
