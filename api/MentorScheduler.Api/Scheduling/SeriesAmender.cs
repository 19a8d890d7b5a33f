using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Graph.Models;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Changes the cadence, length or time of a booked relationship: the current series ends after its last
/// held session, and the remaining meetings are booked as the next series version. Re-running after a
/// failure is safe: ending the series is idempotent and the new series is adopted by its link.
/// </summary>
public sealed class SeriesAmender(MentorSchedulerDb db, IGraphClients graph, SessionSync sync, SeriesBooker booker,
    SeriesPlanner planner, IEnumerable<ISessionContent> content, TimeProvider clock)
{
    public async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> AmendAsync(Relationship r, AmendRequest request, CancellationToken ct)
    {
        if (r.SeriesEventId is null)
            return Problems.Conflict("Not booked yet", "There is no series to amend yet; book one first.", "notBooked");
        if (r.Status is RelationshipStatus.Declined or RelationshipStatus.Ended)
            return Problems.Conflict("Relationship closed", $"This relationship is {r.Status.ToString().ToLowerInvariant()}.", "relationshipClosed");

        var oldFrequency = r.Frequency;
        var errors = new Dictionary<string, string[]>();
        if (request.Cadence?.Frequency is { } f)
        {
            if (EnumText.TryParse<Frequency>(f, out var frequency)) r.Frequency = frequency;
            else errors["cadence.frequency"] = [$"'{f}' is not a cadence; use weekly, biweekly, monthly or quarterly."];
        }
        if (request.Cadence?.DurationMinutes is { } minutes)
        {
            if (minutes is >= AgreementRules.MinDuration and <= AgreementRules.MaxDuration) r.DurationMinutes = minutes;
            else errors["cadence.durationMinutes"] = [$"A meeting lasts {AgreementRules.MinDuration} to {AgreementRules.MaxDuration} minutes."];
        }
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var (start, zone, slotErrors) = SlotRequestParser.Parse(request.Start, request.TimeZone, r, now);
        foreach (var (key, value) in slotErrors) errors[key] = value;
        if (request.Cadence is null && request.Start is null && request.TimeZone is null)
            errors["cadence"] = ["Say what to change: cadence (frequency, durationMinutes), start, or both."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        await sync.SyncAsync(r, ct);
        var sessions = await db.Sessions.Where(s => s.RelationshipId == r.Id).ToListAsync(ct);
        var held = sessions.Where(s => s.Status == SessionStatus.Scheduled && Instant.FromDateTimeOffset(s.Start) <= now).ToList();
        var remaining = r.MeetingCount - held.Count;
        if (remaining <= 0)
            return Problems.Conflict("Nothing left to amend", "Every meeting of the agreement has been held. Evaluate the relationship and propose a new agreement to continue.", "agreementComplete");

        var (plan, refusal) = await planner.PlanAsync(r, start, zone, remaining, ct);
        if (plan is null) return refusal!.AsProblem();

        await EndCurrentSeriesAsync(r, oldFrequency, held, sessions, now, ct);
        r.SeriesVersion++;
        await booker.BookAsync(r, plan.Start, plan.TimeZone, ct, plan.Meetings);
        return TypedResults.Ok(RelationshipDto.From(r));
    }

    /// <summary>Truncates the current series after its last held meeting (or cancels it when none was held).</summary>
    private async Task EndCurrentSeriesAsync(Relationship r, Frequency oldFrequency, List<Session> held, List<Session> sessions, Instant now, CancellationToken ct)
    {
        var events = graph.ForTenant(r.TenantId).Users[r.MenteeUpn].Events;
        var lastHeld = held.Where(s => s.SeriesVersion == r.SeriesVersion).MaxBy(s => s.OriginalStart);
        var seriesZone = r.SeriesTimeZone ?? r.TimeZone;
        var first = LocalDateTime.FromDateTime(r.SeriesStart!.Value);
        if (lastHeld is null)
        {
            await events[r.SeriesEventId].Cancel.PostAsync(
                new Microsoft.Graph.Users.Item.Events.Item.Cancel.CancelPostRequestBody { Comment = "This series is replaced by an amended one." }, cancellationToken: ct);
        }
        else
        {
            var lastDate = Instant.FromDateTimeOffset(lastHeld.OriginalStart).InZone(TimeZones.Zone(seriesZone)).Date;
            var recurrence = CadenceSchedule.Recurrence(oldFrequency, first.Date, 1, TimeZones.ToWindows(seriesZone));
            recurrence.Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.EndDate,
                StartDate = recurrence.Range!.StartDate,
                EndDate = new Microsoft.Kiota.Abstractions.Date(lastDate.Year, lastDate.Month, lastDate.Day),
                RecurrenceTimeZone = recurrence.Range.RecurrenceTimeZone,
            };
            await events[r.SeriesEventId].PatchAsync(new Event { Recurrence = recurrence }, cancellationToken: ct);
        }

        // Meetings of the old series that were never held are superseded by the new series. Those that already
        // carry items, notes or action items stay in the record as cancelled; the empty ones are removed.
        var superseded = sessions.Where(s => s.SeriesVersion == r.SeriesVersion && Instant.FromDateTimeOffset(s.Start) > now).ToList();
        var ids = superseded.Select(s => s.Id).ToList();
        var withContent = new HashSet<Guid>();
        foreach (var feature in content) withContent.UnionWith(await feature.SessionsWithContentAsync(ids, ct));
        foreach (var session in superseded)
        {
            if (withContent.Contains(session.Id)) session.Status = SessionStatus.Cancelled;
            else db.Sessions.Remove(session);
        }
    }
}
