using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Changes the cadence, length or time of a booked relationship so that Outlook and the record are either as
/// before or fully changed. The change is recorded first (<see cref="SeriesChange"/>); then the new series is
/// created (adopted if an earlier attempt made it); then the current series ends after its last held session;
/// then the record moves to the new series in one save. A failure at any step leaves the change recorded, and
/// the next amend request completes it from where it stopped, each step safe to repeat.
/// </summary>
public sealed class SeriesAmender(MentorSchedulerDb db, IGraphClients graph, SessionSync sync, SeriesBooker booker,
    SeriesPlanner planner, IEnumerable<ISessionContent> content, TimeProvider clock)
{
    /// <summary>
    /// Amends the series. <paramref name="fromLastHeld"/> (the decision at an evaluation point): the first new meeting
    /// comes one new interval after the last held one, on the chosen slot's weekday, and no sooner.
    /// </summary>
    public async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> AmendAsync(Relationship r, AmendRequest request, CancellationToken ct,
        bool fromLastHeld = false, Action<Relationship>? alsoRecord = null)
    {
        if (r.SeriesEventId is null)
            return Problems.Conflict("Not booked yet", "There is no series to amend yet; book one first.", "notBooked");
        if (RelationshipStates.Check(r, RelationshipAction.Amend) is { } closed) return closed;

        // An earlier amend that met a failure part-way is finished first, whatever this request asks.
        if (await PendingAsync(r, ct) is { } pending)
            return await CompleteAsync(r, pending, alsoRecord, ct);

        var (change, refusal, errors) = await PlanAsync(r, request, fromLastHeld, ct);
        if (errors is not null) return TypedResults.ValidationProblem(errors);
        if (change is null) return refusal!;
        db.SeriesChanges.Add(change);
        await db.SaveChangesAsync(ct); // The intent is recorded before Outlook is touched.
        return await CompleteAsync(r, change, alsoRecord, ct);
    }

    /// <summary>The new series the request asks for, or why it cannot be: field errors, or a problem with the plan.</summary>
    private async Task<(SeriesChange? Change, ProblemHttpResult? Refusal, Dictionary<string, string[]>? Errors)> PlanAsync(
        Relationship r, AmendRequest request, bool fromLastHeld, CancellationToken ct)
    {
        var frequency = r.Frequency;
        var duration = r.DurationMinutes;
        var errors = new Dictionary<string, string[]>();
        if (request.Cadence?.Frequency is { } f && !EnumText.TryParse(f, out frequency))
            errors["cadence.frequency"] = [$"'{f}' is not a cadence; use weekly, biweekly, monthly or quarterly."];
        if (request.Cadence?.DurationMinutes is { } minutes)
        {
            if (minutes is >= AgreementRules.MinDuration and <= AgreementRules.MaxDuration) duration = minutes;
            else errors["cadence.durationMinutes"] = [$"A meeting lasts {AgreementRules.MinDuration} to {AgreementRules.MaxDuration} minutes."];
        }
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var (start, zone, slotErrors) = SlotRequestParser.Parse(request.Start, request.TimeZone, r, now);
        foreach (var (key, value) in slotErrors) errors[key] = value;
        if (request.Cadence is null && request.Start is null && request.TimeZone is null)
            errors["cadence"] = ["Say what to change: cadence (frequency, durationMinutes), start, or both."];
        if (errors.Count > 0) return (null, null, errors);

        await sync.SyncAsync(r, ct);
        var held = await HeldAsync(r, now, ct);
        var remaining = r.MeetingCount - held.Count;
        if (remaining <= 0)
            return (null, Problems.Conflict("Nothing left to amend",
                "Every meeting of the agreement has been held. Evaluate the relationship and propose a new agreement to continue.", "agreementComplete"), null);

        var shape = r.WithCadence(frequency, duration);
        var notBefore = fromLastHeld ? AfterHeld(shape, held).NotBefore : null;
        if (start is { } chosen && chosen.Date < notBefore)
            return (null, null, new Dictionary<string, string[]>
            {
                ["start"] = [$"The first new meeting comes one interval after the last held one: choose a slot on or after {notBefore:uuuu-MM-dd}, as /slots gives them."],
            });
        var (plan, refusal) = await planner.PlanAsync(shape, start, zone, remaining, ct, notBefore);
        if (plan is null) return (null, refusal!.AsProblem(), null);
        return (new SeriesChange
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            TenantId = r.TenantId,
            RelationshipId = r.Id,
            FromVersion = r.SeriesVersion,
            ToVersion = r.SeriesVersion + 1,
            Frequency = frequency,
            DurationMinutes = duration,
            Start = plan.Start.ToDateTimeUnspecified(),
            TimeZone = plan.TimeZone,
            Meetings = plan.Meetings,
            CreatedAt = clock.GetUtcNow(),
        }, null, null);
    }

    /// <summary>Carries a recorded change through: new series, old series ended, record moved. Every step repeats safely.</summary>
    private async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> CompleteAsync(Relationship r, SeriesChange change,
        Action<Relationship>? alsoRecord, CancellationToken ct)
    {
        var first = LocalDateTime.FromDateTime(change.Start);
        var seriesId = await booker.EnsureSeriesAsync(r.WithCadence(change.Frequency, change.DurationMinutes), change.ToVersion, first, change.TimeZone, change.Meetings, ct);

        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var sessions = await db.Sessions.Where(s => s.RelationshipId == r.Id).ToListAsync(ct);
        var held = sessions.Where(s => s.SeriesVersion == change.FromVersion && s.Status == SessionStatus.Scheduled && Instant.FromDateTimeOffset(s.Start) <= now).ToList();
        await EndSeriesAsync(r, held, ct);
        await SupersedeAsync(sessions.Where(s => s.SeriesVersion == change.FromVersion && Instant.FromDateTimeOffset(s.Start) > now).ToList(), ct);

        r.Frequency = change.Frequency;
        r.DurationMinutes = change.DurationMinutes;
        r.SeriesVersion = change.ToVersion;
        r.SeriesEventId = seriesId;
        r.SeriesStart = change.Start;
        r.SeriesTimeZone = change.TimeZone;
        r.Status = RelationshipStatus.Invited;
        r.UpdatedAt = clock.GetUtcNow();
        r.RowVersion++;
        change.CompletedAt = clock.GetUtcNow();
        alsoRecord?.Invoke(r); // a decision taken at the evaluation point is saved with the amendment
        await db.SaveChangesAsync(ct); // One save: the record moves to the new series only once Outlook has it.

        await sync.TrySyncAsync(r, ct);
        return TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()));
    }

    /// <summary>
    /// What an amendment of <paramref name="shape"/>'s cadence has left: the meetings not yet held, and the earliest
    /// day for the first new one (one interval of the new cadence after the last held meeting; null if none was held).
    /// </summary>
    public static (int Remaining, LocalDate? NotBefore) AfterHeld(Relationship shape, IReadOnlyCollection<Session> held)
    {
        var last = held.MaxBy(s => s.Start);
        var notBefore = last is null
            ? (LocalDate?)null
            : CadenceSchedule.CycleEnd(shape.Frequency, Instant.FromDateTimeOffset(last.Start).InZone(TimeZones.Zone(shape.TimeZone)).Date);
        return (shape.MeetingCount - held.Count, notBefore);
    }

    /// <summary>The meetings of the relationship held by <paramref name="now"/> (from the record).</summary>
    public Task<List<Session>> HeldAsync(Relationship r, DateTimeOffset now, CancellationToken ct) => HeldAsync(r, Instant.FromDateTimeOffset(now), ct);

    private Task<SeriesChange?> PendingAsync(Relationship r, CancellationToken ct) =>
        db.SeriesChanges.FirstOrDefaultAsync(c => c.RelationshipId == r.Id && c.CompletedAt == null && c.FromVersion == r.SeriesVersion, ct);

    private async Task<List<Session>> HeldAsync(Relationship r, Instant now, CancellationToken ct) =>
        (await db.Sessions.AsNoTracking().Where(s => s.RelationshipId == r.Id && s.Status == SessionStatus.Scheduled).ToListAsync(ct))
            .Where(s => Instant.FromDateTimeOffset(s.Start) <= now).ToList();

    private Task EndSeriesAsync(Relationship r, List<Session> held, CancellationToken ct) =>
        SeriesEnder.EndAfterAsync(graph.ForCurrentUser(), r, held, "This series is replaced by an amended one.", ct);

    /// <summary>
    /// Meetings of the old series that were never held are superseded by the new series. Those that already carry
    /// items, notes or action items stay in the record as cancelled; the empty ones are removed.
    /// </summary>
    private async Task SupersedeAsync(List<Session> superseded, CancellationToken ct)
    {
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
