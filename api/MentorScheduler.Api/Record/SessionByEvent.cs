using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace MentorScheduler.Api.Record;

/// <summary>
/// Finds the session behind the Graph id of a calendar event that the add-in was opened on.
/// <para>
/// The organiser's (mentee's) occurrence ids are stored: <see cref="Session.OccurrenceId"/> is the id of the
/// occurrence in the mentee's calendar, so that id resolves by a lookup (for the mentee, the mentor and admins).
/// </para>
/// <para>
/// The mentor's copy of the meeting is a different item with different ids (in Graph and in the simulator), so
/// for a participant the event is read from the caller's own calendar. An occurrence carries its
/// <c>originalStart</c> (stable when the meeting is moved) and its <c>seriesMasterId</c>; the series master
/// carries the meeting's <c>iCalUId</c>, which Exchange gives every copy of a meeting (the occurrences' own
/// iCalUIds differ by their instance date, so the master's is the one compared). A session matches when its
/// stored <see cref="Session.OriginalStart"/> equals the occurrence's and the organiser's series master has the
/// same iCalUId. Only relationships the caller takes part in are considered, so an id from someone else's
/// calendar, or of a meeting that is not a session, resolves to nothing.
/// </para>
/// <para>
/// Classic Outlook for Windows and Outlook for Mac give an add-in opened on one occurrence of a series the
/// series master's id. The pane then also sends the occurrence's start: a series master with a start resolves
/// to the session of that series starting then (or originally due then, if it was moved).
/// </para>
/// </summary>
public sealed class SessionByEvent(MentorSchedulerDb db, IGraphClients graph, CurrentUser user)
{
    public async Task<(Relationship Relationship, Session Session)?> FindAsync(string eventId, DateTimeOffset? start, CancellationToken ct)
    {
        var stored = await (from s in db.Sessions.AsNoTracking()
                            join r in db.Relationships.AsNoTracking().VisibleTo(user) on s.RelationshipId equals r.Id
                            where s.TenantId == user.TenantId && s.OccurrenceId == eventId
                            select new { r, s }).FirstOrDefaultAsync(ct);
        if (stored is not null) return (stored.r, stored.s);

        var tenantId = user.TenantId;
        var objectId = user.ObjectId;
        var mine = await db.Relationships.AsNoTracking().TakenPartInBy(user).ToDictionaryAsync(r => r.Id, ct);
        if (mine.Count == 0) return null;

        var calendar = graph.ForCurrentUser().Users[objectId].Events;
        var occurrence = await ReadAsync(calendar[eventId].GetAsync(rc =>
            rc.QueryParameters.Select = ["iCalUId", "seriesMasterId", "originalStart", "start", "type"], ct));
        Func<Session, bool> sameOccurrence;
        string masterId;
        if (occurrence is { Type: EventType.Occurrence or EventType.Exception, OriginalStart: { } originalStart, SeriesMasterId: { } seriesId })
            (masterId, sameOccurrence) = (seriesId, s => s.OriginalStart == originalStart);
        else if (occurrence is { Type: EventType.SeriesMaster, Id: { } id } && start is { } at)
            (masterId, sameOccurrence) = (id, s => s.Start == at || s.OriginalStart == at);
        else
            return null;

        var ids = mine.Keys.ToList();
        var candidates = (await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.RelationshipId)).ToListAsync(ct))
            .Where(sameOccurrence)
            .ToList();
        if (candidates.Count == 0) return null;

        var master = await ReadAsync(calendar[masterId].GetAsync(rc => rc.QueryParameters.Select = ["iCalUId"], ct));
        if (master?.ICalUId is null) return null;
        foreach (var session in candidates)
        {
            var relationship = mine[session.RelationshipId];
            if (relationship.MenteeId == objectId && session.SeriesEventId == masterId) return (relationship, session);
            var organisers = await ReadAsync(graph.ForTenant(tenantId).Users[relationship.MenteeUpn].Events[session.SeriesEventId]
                .GetAsync(rc => rc.QueryParameters.Select = ["iCalUId"], ct));
            if (string.Equals(organisers?.ICalUId, master.ICalUId, StringComparison.Ordinal)) return (relationship, session);
        }
        return null;
    }

    /// <summary>An event, or null when Graph does not know the id in that calendar (404, or 400 for a malformed id).</summary>
    private static async Task<Event?> ReadAsync(Task<Event?> read)
    {
        try
        {
            return await read;
        }
        catch (ODataError e) when (e.ResponseStatusCode is 400 or 404)
        {
            return null;
        }
    }
}
