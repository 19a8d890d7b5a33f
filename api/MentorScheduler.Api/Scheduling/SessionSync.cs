using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Keeps the record in step with Outlook: sessions from the series' instances (moved meetings move, meetings
/// cancelled in Outlook become cancelled), and the relationship's status from the mentor's answer.
/// </summary>
public sealed class SessionSync(MentorSchedulerDb db, IGraphClients graph, SeriesDeclined declined, TimeProvider clock, ILogger<SessionSync> logger)
{
    /// <summary>
    /// Reads the current series from Graph and updates sessions and status. A series deleted in Outlook cancels its
    /// sessions still to come. Other Graph failures propagate.
    /// </summary>
    public async Task SyncAsync(Relationship relationship, CancellationToken ct)
    {
        if (relationship.SeriesEventId is null) return;
        try
        {
            try
            {
                await ReadAndApplyAsync(relationship, ct);
            }
            catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
            {
                // Another reader of the same series (the notification worker, or a request) saved the same new
                // sessions a moment ago: read what is stored now and apply again.
                foreach (var entry in db.ChangeTracker.Entries<Session>().ToList()) entry.State = EntityState.Detached;
                await ReadAndApplyAsync(relationship, ct);
            }
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound && relationship.EndingStartedAt is not null)
        {
            // Our own ending cancelled it a moment ago; the ending records the rest.
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound && relationship.Status == RelationshipStatus.Invited)
        {
            // The series is gone before the mentor accepted it (declined and cancelled, or deleted in Outlook): the mentee books another time.
            await declined.ReturnToAgreedAsync(relationship, seriesInOutlook: false, ct);
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
        {
            var now = clock.GetUtcNow();
            var version = relationship.SeriesVersion;
            var coming = await db.Sessions.Where(s => s.RelationshipId == relationship.Id && s.SeriesVersion == version && s.Status == SessionStatus.Scheduled)
                .ToListAsync(ct);
            foreach (var session in coming.Where(s => s.Start > now)) session.Status = SessionStatus.Cancelled;
            EvaluationPoint.Recompute(relationship, await db.Sessions.Where(s => s.RelationshipId == relationship.Id).ToListAsync(ct));
            await db.SaveChangesAsync(ct);
            logger.LogInformation("The series of relationship {RelationshipId} is gone from Outlook; its sessions still to come are cancelled.", relationship.Id);
        }
    }

    private async Task ReadAndApplyAsync(Relationship relationship, CancellationToken ct)
    {
        var client = graph.ForTenant(relationship.TenantId);
        var events = client.Users[relationship.MenteeUpn].Events;

        if (relationship.Status == RelationshipStatus.Invited)
        {
            var master = await events[relationship.SeriesEventId].GetAsync(rc => rc.QueryParameters.Select = ["id", "attendees"], ct);
            if (MentorDeclined(relationship, master?.Attendees))
            {
                await declined.ReturnToAgreedAsync(relationship, seriesInOutlook: true, ct);
                return;
            }
            ApplyAnswer(relationship, master?.Attendees);
        }

        var zone = TimeZones.Zone(relationship.SeriesTimeZone ?? relationship.TimeZone);
        var first = LocalDateTime.FromDateTime(relationship.SeriesStart!.Value).InZoneLeniently(zone).ToInstant();
        var instances = await ReadInstancesAsync(relationship, first, ct);
        await ApplyAsync(relationship, instances, wholeSeries: true, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Like <see cref="SyncAsync"/>, but a Graph outage leaves the stored record as it is; false then.</summary>
    public async Task<bool> TrySyncAsync(Relationship relationship, CancellationToken ct)
    {
        try
        {
            await SyncAsync(relationship, ct);
            return true;
        }
        catch (Exception e) when (GraphExceptionHandler.Translate(e, out _) is not null)
        {
            logger.LogWarning("Could not refresh relationship {RelationshipId} from Graph; serving the stored record.", relationship.Id);
            return false;
        }
    }

    private async Task<List<Event>> ReadInstancesAsync(Relationship relationship, Instant first, CancellationToken ct)
    {
        var lastDate = CadenceSchedule.Dates(relationship.Frequency, first.InUtc().Date, relationship.MeetingCount)[^1];
        var windowEnd = lastDate.PlusDays(62).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var client = graph.ForTenant(relationship.TenantId);
        var page = await client.Users[relationship.MenteeUpn].Events[relationship.SeriesEventId].Instances.GetAsync(rc =>
        {
            rc.QueryParameters.StartDateTime = (first - Duration.FromDays(62)).ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", null);
            rc.QueryParameters.EndDateTime = windowEnd.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", null);
            rc.QueryParameters.Select = ["id", "start", "end", "originalStart", "isCancelled", "type"];
            rc.QueryParameters.Top = 100;
            rc.Headers.Add("Prefer", "outlook.timezone=\"UTC\"");
        }, ct);

        var all = new List<Event>();
        while (page is not null)
        {
            all.AddRange(page.Value ?? []);
            if (page.OdataNextLink is null) break;
            page = await client.Users[relationship.MenteeUpn].Events[relationship.SeriesEventId].Instances
                .WithUrl(page.OdataNextLink).GetAsync(cancellationToken: ct);
        }
        return all.Where(e => e.IsCancelled != true).ToList();
    }

    /// <summary>The mentor accepting the series, as Outlook shows it on the organiser's copy, makes the relationship active.</summary>
    public static void ApplyAnswer(Relationship relationship, IEnumerable<Attendee>? attendees)
    {
        if (relationship.Status == RelationshipStatus.Invited && MentorAnswer(relationship, attendees) == ResponseType.Accepted)
            relationship.Status = RelationshipStatus.Active;
    }

    /// <summary>Whether the mentor declined the series they were invited to (it is then about the time: <see cref="SeriesDeclined"/>).</summary>
    public static bool MentorDeclined(Relationship relationship, IEnumerable<Attendee>? attendees) =>
        relationship.Status == RelationshipStatus.Invited && MentorAnswer(relationship, attendees) == ResponseType.Declined;

    private static ResponseType? MentorAnswer(Relationship relationship, IEnumerable<Attendee>? attendees) =>
        attendees?.FirstOrDefault(a => string.Equals(a.EmailAddress?.Address, relationship.MentorMail, StringComparison.OrdinalIgnoreCase))?.Status?.Response;

    /// <summary>
    /// Brings the sessions of the current series in line with the instances Graph returned. Only a read of
    /// the whole series can tell that a meeting is gone: after a windowed read a missing meeting may simply
    /// have moved out of the window, so nothing is marked cancelled then.
    /// </summary>
    public async Task<List<Session>> ApplyAsync(Relationship relationship, IReadOnlyList<Event> instances, bool wholeSeries, CancellationToken ct)
    {
        var sessions = await db.Sessions.Where(s => s.RelationshipId == relationship.Id).ToListAsync(ct);
        var current = sessions.Where(s => s.SeriesVersion == relationship.SeriesVersion).ToDictionary(s => s.OriginalStart);
        var seen = new HashSet<DateTimeOffset>();

        foreach (var instance in instances)
        {
            var original = instance.OriginalStart ?? GraphTime.ToUtc(instance.Start);
            if (original is null || instance.Id is null) continue;
            seen.Add(original.Value);
            var start = GraphTime.ToUtc(instance.Start) ?? original.Value;
            var end = GraphTime.ToUtc(instance.End) ?? start.AddMinutes(relationship.DurationMinutes);
            if (current.TryGetValue(original.Value, out var session))
            {
                session.OccurrenceId = instance.Id;
                session.Start = start;
                session.End = end;
            }
            else
            {
                session = new Session
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = relationship.TenantId,
                    RelationshipId = relationship.Id,
                    SeriesVersion = relationship.SeriesVersion,
                    SeriesEventId = relationship.SeriesEventId!,
                    OccurrenceId = instance.Id,
                    OriginalStart = original.Value,
                    Start = start,
                    End = end,
                };
                db.Sessions.Add(session);
                sessions.Add(session);
                current[original.Value] = session;
            }
        }

        if (wholeSeries)
            foreach (var missing in current.Values.Where(s => !seen.Contains(s.OriginalStart)))
                missing.Status = SessionStatus.Cancelled;

        // Numbers follow the relationship's order: older series first, then by each meeting's place in its series.
        var number = 1;
        foreach (var s in sessions.OrderBy(s => s.SeriesVersion).ThenBy(s => s.OriginalStart))
            s.Number = number++;
        EvaluationPoint.Recompute(relationship, sessions);
        return sessions;
    }
}
