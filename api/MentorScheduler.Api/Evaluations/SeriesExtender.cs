using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Mail;
using MentorScheduler.Api.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using NodaTime;

namespace MentorScheduler.Api.Evaluations;

/// <summary>
/// The decision to continue: the same Outlook series gets more meetings (its numbered range grows; no second series
/// and no new invitation to accept), and a new evaluation point is set. The decision is recorded first with the
/// range's new length; Outlook is changed to that length (repeating it is harmless); then in one save the record
/// takes the new meeting count and evaluation point, with the mail that tells the other person. A Graph failure
/// leaves the record as it was (503); the retry completes it once.
/// </summary>
public sealed class SeriesExtender(MentorSchedulerDb db, IGraphClients graph, SessionSync sync, MailSignal mail, TimeProvider clock)
{
    /// <summary>Extends the series as <paramref name="decision"/> (already saved) says, and records it.</summary>
    public async Task CompleteAsync(RelationshipAccess access, RelationshipDecision decision, CancellationToken ct)
    {
        var r = access.Relationship;
        // The series is the mentee's: the mentee changes it as themselves, the mentor through the application's permission.
        var client = access.IsMentee ? graph.ForCurrentUser() : graph.ForTenant(r.TenantId);
        var zone = r.SeriesTimeZone ?? r.TimeZone;
        var first = LocalDateTime.FromDateTime(r.SeriesStart!.Value);
        var recurrence = CadenceSchedule.Recurrence(r.Frequency, first.Date, decision.TargetOccurrences!.Value, TimeZones.ToWindows(zone));
        await client.Users[r.MenteeUpn].Events[r.SeriesEventId].PatchAsync(new Event { Recurrence = recurrence }, cancellationToken: ct);

        var now = clock.GetUtcNow();
        var sessions = await db.Sessions.Where(s => s.RelationshipId == r.Id).ToListAsync(ct);
        await RestoreExceptionsAsync(client, r, sessions.Where(s => s.SeriesVersion == r.SeriesVersion && s.OriginalStart > now).ToList(), ct);

        r.MeetingCount += decision.AdditionalMeetings!.Value;
        r.EvaluateAfterMeetings = decision.NextEvaluation!.Value;
        r.DecidedAfterMeeting = decision.AfterMeeting;
        EvaluationPoint.Recompute(r, sessions);
        r.UpdatedAt = now;
        r.RowVersion++;
        decision.CompletedAt = now;
        // Agendas already written into coming meetings are written again by the next sweep (the series changed).
        var coming = sessions.Where(s => s.Start > now).Select(s => s.Id).ToList();
        foreach (var delivery in await db.AgendaDeliveries.Where(d => d.RelationshipId == r.Id && coming.Contains(d.SessionId) && d.OccurrenceUpdated).ToListAsync(ct))
            delivery.OccurrenceUpdated = false;
        LifecycleMails.DecisionToOther(db, r, access.IsMentee,
            $"continue, with {decision.AdditionalMeetings} more meetings ({r.MeetingCount} in all); the next evaluation is after meeting {r.EvaluateAfterMeetings}.", now);
        await db.SaveChangesAsync(ct);
        mail.Queued();
        await sync.TrySyncAsync(r, ct); // the new meetings reach the record now, or with the change notification
    }

    /// <summary>
    /// The series' current number of meetings in Outlook, read from its master: the range the decision extends.
    /// </summary>
    public async Task<int> CurrentOccurrencesAsync(Relationship r, bool asMentee, CancellationToken ct)
    {
        var client = asMentee ? graph.ForCurrentUser() : graph.ForTenant(r.TenantId);
        var master = await client.Users[r.MenteeUpn].Events[r.SeriesEventId].GetAsync(rc => rc.QueryParameters.Select = ["id", "recurrence"], ct);
        if (master?.Recurrence?.Range is { Type: RecurrenceRangeType.Numbered, NumberOfOccurrences: > 0 } range) return range.NumberOfOccurrences.Value;
        return await db.Sessions.CountAsync(s => s.RelationshipId == r.Id && s.SeriesVersion == r.SeriesVersion, ct);
    }

    /// <summary>
    /// Changing a series' recurrence drops its exceptions in Exchange: the meetings still to come that were cancelled are
    /// cancelled again and the moved ones moved again, so the record and Outlook agree. Each step is safe to repeat.
    /// </summary>
    private static async Task RestoreExceptionsAsync(GraphServiceClient client, Relationship r, List<Session> coming, CancellationToken ct)
    {
        var events = client.Users[r.MenteeUpn].Events;
        foreach (var session in coming)
        {
            try
            {
                if (session.Status == SessionStatus.Cancelled)
                    await events[session.OccurrenceId].Cancel.PostAsync(new CancelPostRequestBody { Comment = "This mentoring session stays cancelled." }, cancellationToken: ct);
                else if (session.Start != session.OriginalStart)
                    await events[session.OccurrenceId].PatchAsync(new Event { Start = Utc(session.Start), End = Utc(session.End) }, cancellationToken: ct);
            }
            catch (ODataError e) when (e.ResponseStatusCode == StatusCodes.Status404NotFound)
            {
                // Already cancelled (Outlook kept the exception): nothing to restore.
            }
        }
    }

    private static DateTimeTimeZone Utc(DateTimeOffset value) =>
        new() { DateTime = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture), TimeZone = "UTC" };
}
