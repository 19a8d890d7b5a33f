using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Graph;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;
using NodaTime;

namespace MentorScheduler.Api.Agendas;

/// <summary>
/// Sends each session's agenda exactly once, a week ahead, and the mentee's reminder before that.
/// Per run: read coming meetings from Outlook; claim due deliveries (row + lease); for any left "sending"
/// by a crashed run, look for the mail in Sent Items by its marker before sending again; record the
/// intent ("sending"), only where the lease is still this run's; send in batches (never re-sent blindly),
/// the leases renewed while the sends run; record "sent"; write the agenda into each meeting.
/// </summary>
public sealed class AgendaSweep(
    MentorSchedulerDb db, IGraphClients graph, [FromKeyedServices(GraphBatcher.Background)] GraphBatcher batcher, UpcomingOccurrences upcoming, DeliveryLedger ledger, LeaseKeeper leases,
    AgendaModelBuilder builder, AgendaRenderer renderer, Notes.NotesQueries notes, IOptions<AgendaOptions> options, IOptions<GraphOptions> graphOptions, SweepClosings closings,
    IServiceScopeFactory scopes, TimeProvider clock, Telemetry.AppMetrics metrics, Telemetry.BackgroundStatus status, ILogger<AgendaSweep> logger)
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly List<Guid> _finished = [];

    /// <summary>Relationships looked at per page: memory stays flat however many series are booked.</summary>
    public const int PageSize = 500;

    /// <summary>
    /// Chunks of due relationships delivered side by side, each in its own scope (its own database context): while one
    /// is between its Graph rounds (reading the record, rendering, recording), another's batches fill the process's
    /// <see cref="GraphBatchSlots"/>, so the rounds of consecutive chunks overlap instead of queueing.
    /// </summary>
    public const int ChunksInFlight = 2;

    /// <summary>
    /// Sweeps one tenant (<paramref name="tenantId"/>, for an admin's request) or every tenant (the timer). What is due
    /// comes from the record (kept in step with Outlook by change notifications), a page of relationships at a
    /// time; Outlook is read only for relationships with something to send, so a sweep with nothing due costs no
    /// Graph call. The relationships with something due are gathered across pages and delivered in chunks of as many
    /// as Graph takes in flight (<see cref="GraphOptions.MaxBatchesInFlight"/> batches of 20), however thinly they
    /// are spread among the booked ones, <see cref="ChunksInFlight"/> chunks side by side.
    /// </summary>
    public async Task<SweepDto> RunAsync(CancellationToken ct, string? tenantId = null)
    {
        var now = clock.GetUtcNow();
        var settings = options.Value;
        var window = new Interval(Instant.FromDateTimeOffset(now), Instant.FromDateTimeOffset(now + settings.LeadTime + settings.ReminderBefore + TimeSpan.FromDays(1)));
        var chunk = Math.Max(GraphBatcher.MaxStepsPerBatch, graphOptions.Value.MaxBatchesInFlight * GraphBatcher.MaxStepsPerBatch);
        int looked = 0, withSomethingDue = 0;
        var started = clock.GetTimestamp();
        status.SweepBegan(now);
        var due = new List<Guid>();
        var chunks = new SweepChunks(ChunksInFlight, ids => DeliverChunkInScopeAsync(ids, window, now, ct));
        List<Guid> NextChunk()
        {
            var take = due.Take(chunk).ToList();
            due.RemoveRange(0, take.Count);
            return take;
        }
        try
        {
            for (var offset = 0; ; offset += PageSize)
            {
                var page = await db.Relationships.AsNoTracking()
                    .Where(r => r.SeriesEventId != null && (r.Status == RelationshipStatus.Invited || r.Status == RelationshipStatus.Active))
                    .Where(r => tenantId == null || r.TenantId == tenantId)
                    .OrderBy(r => r.Id).Skip(offset).Take(PageSize).Select(r => r.Id).ToListAsync(ct);
                var dueHere = await WithSomethingDueAsync(page, now, ct);
                (looked, withSomethingDue) = (looked + page.Count, withSomethingDue + dueHere.Count);
                due.AddRange(dueHere);
                while (due.Count >= chunk) await chunks.StartAsync(NextChunk());
                if (page.Count < PageSize) break;
            }
            while (due.Count > 0) await chunks.StartAsync(NextChunk());
        }
        catch
        {
            await chunks.AbandonAsync();
            throw;
        }
        await chunks.FinishAsync();
        var (delivered, reminders, renderFailures) = chunks.Total;
        RenderFailures += renderFailures;
        var ended = await closings.EndFinishedAsync(_finished, now, ct);
        _finished.Clear();
        var evaluations = await closings.MailDueEvaluationsAsync(now, tenantId, ct);
        logger.LogInformation("Agenda sweep: {Looked} booked relationships looked at, {Due} with something due; {Agendas} agendas and {Reminders} reminders sent, " +
            "{RenderFailures} agendas the template could not render, {Ended} relationships ended with their last meeting, {Evaluations} evaluations come due, in {ElapsedMs:0} ms.",
            looked, withSomethingDue, delivered, reminders, RenderFailures, ended, evaluations, clock.GetElapsedTime(started).TotalMilliseconds);
        var took = clock.GetElapsedTime(started);
        metrics.SweepFinished(took, delivered, reminders, RenderFailures);
        status.SweepEnded(new Telemetry.SweepRun(now, clock.GetUtcNow(), looked, withSomethingDue, delivered, reminders, RenderFailures, took));
        return new SweepDto(delivered, reminders, RenderFailures);
    }

    /// <summary>One chunk, delivered by a sweep of its own scope (its database context is not shared with the chunk beside it).</summary>
    private async Task<ChunkResult> DeliverChunkInScopeAsync(List<Guid> due, Interval window, DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetRequiredService<AgendaSweep>();
        var (agendas, reminders) = await sweep.DeliverChunkAsync(due, window, now, ct);
        return new ChunkResult(agendas, reminders, sweep.RenderFailures);
    }

    private async Task<(int Agendas, int Reminders)> DeliverChunkAsync(List<Guid> due, Interval window, DateTimeOffset now, CancellationToken ct)
    {
        int delivered = 0, reminders = 0;
        var relationships = await db.Relationships.Where(r => due.Contains(r.Id)).ToListAsync(ct);
        foreach (var tenant in relationships.GroupBy(r => r.TenantId))
        {
            var (agendas, sentReminders) = await SweepTenantAsync(tenant.Key, tenant.ToList(), window, now, ct);
            delivered += agendas;
            reminders += sentReminders;
        }
        db.ChangeTracker.Clear();
        return (delivered, reminders);
    }

    /// <summary>Of these relationships, those with an agenda or a reminder due and not yet sent (or given up), from the database alone.</summary>
    private async Task<HashSet<Guid>> WithSomethingDueAsync(List<Guid> relationshipIds, DateTimeOffset now, CancellationToken ct)
    {
        var scheduled = await db.Sessions.AsNoTracking()
            .Where(s => relationshipIds.Contains(s.RelationshipId) && s.Status == SessionStatus.Scheduled)
            .Select(s => new ScheduledMeeting(s.Id, s.RelationshipId, s.Start, s.End)).ToListAsync(ct);
        // A relationship whose last meeting has been held ends itself (closed after the pages are read, so paging is not disturbed).
        _finished.AddRange(scheduled.GroupBy(s => s.RelationshipId).Where(g => g.All(s => s.End <= now)).Select(g => g.Key));
        var (coming, timings) = await TimingsAsync(scheduled, now, ct);
        if (coming.Count == 0) return [];
        var sessionIds = coming.Select(s => s.Id).ToList();
        var done = (await db.AgendaDeliveries.AsNoTracking()
                .Where(d => sessionIds.Contains(d.SessionId) && (d.Status == DeliveryStatus.Sent || d.Status == DeliveryStatus.Failed))
                .Select(d => new { d.SessionId, d.Kind }).ToListAsync(ct))
            .ToHashSet();
        return coming.Where(s => timings[s.Id].AgendaDue(now)
                ? !done.Contains(new { SessionId = s.Id, Kind = DeliveryKind.Agenda })
                : timings[s.Id].ReminderDue(now) && !done.Contains(new { SessionId = s.Id, Kind = DeliveryKind.Reminder }))
            .Select(s => s.RelationshipId).ToHashSet();
    }

    /// <summary>
    /// The sessions still to come within reach of a delivery, and when each one's agenda and reminder go out
    /// (<see cref="AgendaTiming"/>): one query, for the notes of the meetings they follow.
    /// </summary>
    private async Task<(List<ScheduledMeeting> Coming, Dictionary<Guid, SessionTiming> Timings)> TimingsAsync(
        List<ScheduledMeeting> scheduled, DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        var horizon = now + (settings.LeadTime + settings.ReminderBefore > settings.LatestBefore ? settings.LeadTime + settings.ReminderBefore : settings.LatestBefore);
        var coming = scheduled.Where(s => s.Start > now && s.Start <= horizon).ToList();
        if (coming.Count == 0) return (coming, []);
        var involved = coming.Select(s => s.RelationshipId).ToHashSet();
        var theirs = scheduled.Where(s => involved.Contains(s.RelationshipId)).ToList();
        // Each coming session's previous meeting, among its own relationship's (not the whole chunk's: a chunk holds thousands).
        var byRelationship = theirs.ToLookup(s => s.RelationshipId);
        var previous = coming.Select(c => byRelationship[c.RelationshipId].Where(s => s.Start < c.Start).MaxBy(s => s.Start))
            .OfType<ScheduledMeeting>().Select(s => s.Id).Distinct().ToList();
        var filed = previous.Count == 0 ? [] : await notes.FirstFiledAsync(previous, ct);
        return (coming, AgendaTiming.Plan(theirs, filed, settings));
    }

    private async Task<(int Agendas, int Reminders)> SweepTenantAsync(string tenantId, List<Relationship> relationships, Interval window, DateTimeOffset now, CancellationToken ct)
    {
        var settings = options.Value;
        var client = graph.ForTenant(tenantId);
        // The occurrences (with their bodies, for writing the agenda in) of the relationships being delivered only.
        var bodies = await upcoming.RefreshAsync(client, relationships, window, ct);
        await db.SaveChangesAsync(ct);

        var live = relationships.Where(r => r.Status is RelationshipStatus.Invited or RelationshipStatus.Active).ToDictionary(r => r.Id);
        var ids = live.Keys.ToList();
        var scheduled = await db.Sessions.Where(s => ids.Contains(s.RelationshipId) && s.Status == SessionStatus.Scheduled).ToListAsync(ct);
        var (_, timings) = await TimingsAsync(scheduled.Select(s => new ScheduledMeeting(s.Id, s.RelationshipId, s.Start, s.End)).ToList(), now, ct);
        var sessions = scheduled.Where(s => s.Start > now && bodies.ContainsKey(s.OccurrenceId) && timings.ContainsKey(s.Id)).ToList();

        var agendaDue = sessions.Where(s => timings[s.Id].AgendaDue(now)).ToList();
        var reminderDue = sessions.Where(s => timings[s.Id].ReminderDue(now)).ToList();
        return (await DeliverAsync(client, live, agendaDue, DeliveryKind.Agenda, bodies, timings, now, ct),
            await DeliverAsync(client, live, reminderDue, DeliveryKind.Reminder, bodies, timings, now, ct));
    }

    /// <summary>The ids a delivery's log lines carry as their scope.</summary>
    private static Dictionary<string, object?> Scope(AgendaDelivery delivery) => new()
    {
        ["TenantId"] = delivery.TenantId,
        ["RelationshipId"] = delivery.RelationshipId,
        ["SessionId"] = delivery.SessionId,
        ["DeliveryId"] = delivery.Id,
    };

    private async Task<int> DeliverAsync(GraphServiceClient client, Dictionary<Guid, Relationship> relationships, List<Session> due,
        DeliveryKind kind, Dictionary<string, string?> bodies, Dictionary<Guid, SessionTiming> timings, DateTimeOffset now, CancellationToken ct)
    {
        if (due.Count == 0) return 0;
        var sessions = due.ToDictionary(s => s.Id);
        await ledger.EnsureAsync(due.Select(s => (s.RelationshipId, s.Id, relationships[s.RelationshipId].TenantId)).ToList(), kind, ct);
        var claimed = await ledger.ClaimAsync(sessions.Keys.ToList(), kind, _owner, now, options.Value.Lease, ct);
        if (claimed.Count == 0) return await UpdateOccurrencesAsync(client, relationships, sessions, kind, bodies, 0, ct);

        var unresolved = await RecoverAsync(client, relationships, claimed.Where(d => d.Status == DeliveryStatus.Sending).ToList(), now, ct);
        var toSend = claimed.Where(d => d.Status != DeliveryStatus.Sent && !unresolved.Contains(d)).ToList();
        foreach (var waiting in unresolved) DeliveryLedger.Release(waiting);
        // Messages are built per attempt: Kiota models serialise only changed values the second time.
        var messages = new Dictionary<Guid, Func<Message>>();
        var data = kind == DeliveryKind.Agenda ? await builder.LoadAsync(toSend.Select(d => d.RelationshipId).Distinct().ToList(), ct) : null;
        var templates = kind == DeliveryKind.Agenda && toSend.Count > 0 ? await renderer.TemplatesOfAsync(toSend[0].TenantId, ct) : default;
        foreach (var delivery in toSend)
        {
            var r = relationships[delivery.RelationshipId];
            var session = sessions[delivery.SessionId];
            if (kind == DeliveryKind.Agenda)
            {
                // The mail is written to the mentor; the copy kept (the meeting's body, the pane) to both.
                if (TryRender(r, session, templates, data!, delivery, AgendaModel.Both) is not { } agenda) continue;
                if (TryRender(r, session, templates, data!, delivery, AgendaModel.Mentor) is not { } toMentor) continue;
                (delivery.Html, delivery.Text) = (agenda.Html, agenda.Text);
                messages[delivery.Id] = () => AgendaMail.Agenda(r, session, toMentor, delivery.Id);
            }
            else
            {
                messages[delivery.Id] = () => AgendaMail.Reminder(r, session, timings[session.Id].AgendaLatest, delivery.Id);
            }
            delivery.Status = DeliveryStatus.Sending;
            delivery.Attempts++;
        }
        // The intent is recorded before anything leaves, and only for deliveries whose lease is still this sweep's.
        toSend = await ledger.RecordIntentAsync(toSend.Where(d => messages.ContainsKey(d.Id)).ToList(), clock.GetUtcNow() + options.Value.Lease, ct);

        var steps = toSend.Select(d => new GraphStep(d.Id.ToString(), relationships[d.RelationshipId].MenteeUpn,
            () => client.Users[relationships[d.RelationshipId].MenteeUpn].SendMail.ToPostRequestInformation(
                new SendMailPostRequestBody { Message = messages[d.Id](), SaveToSentItems = true }))).ToList();
        Dictionary<string, StepOutcome> outcomes;
        await using (leases.Keep(_owner, toSend.Select(d => d.Id).ToList()))
            outcomes = await batcher.RunAsync(client, steps, idempotent: false, ct);
        var sent = 0;
        foreach (var delivery in toSend)
        {
            using var scope = logger.BeginScope(Scope(delivery));
            var outcome = outcomes[delivery.Id.ToString()];
            if (outcome.Succeeded)
            {
                delivery.Status = DeliveryStatus.Sent;
                delivery.SentAt = now;
                sent++;
            }
            else if (outcome.Known && outcome.Status is not 504)
            {
                // Refused outright: nothing left Outlook. Throttling is tried again next run; other refusals a few times, then no more.
                var permanent = outcome.Status is not (429 or 503);
                delivery.Status = permanent && delivery.Attempts >= options.Value.MaxAttempts ? DeliveryStatus.Failed : DeliveryStatus.Pending;
                if (delivery.Status == DeliveryStatus.Failed)
                    logger.LogError("Delivery {DeliveryId} was refused by Graph {Attempts} times ({Status} {Error}); it is marked failed and not tried again.",
                        delivery.Id, delivery.Attempts, outcome.Status, outcome.ErrorCode);
                else
                    logger.LogWarning("Delivery {DeliveryId} was refused by Graph with {Status} {Error}; it will be retried.", delivery.Id, outcome.Status, outcome.ErrorCode);
            }
            DeliveryLedger.Release(delivery);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sweep took a lease this one lost; it finds the sent mail in Sent Items by its marker.
            logger.LogWarning("A sweep lost a delivery lease while sending; the sweep that holds it now resolves it.");
            db.ChangeTracker.Clear();
        }
        return await UpdateOccurrencesAsync(client, relationships, sessions, kind, bodies, sent, ct);
    }

    /// <summary>This agenda rendered, or null when the tenant's template cannot render it: that delivery waits (released, still
    /// pending, retried next run, so fixing the template heals it) and the others go on.</summary>
    private RenderedAgenda? TryRender(Relationship r, Session session, (string Html, string Text, bool IsDefault) templates, AgendaData data, AgendaDelivery delivery,
        string reader)
    {
        try
        {
            return renderer.Render(templates.Html, templates.Text, AgendaModelBuilder.Build(r, session, data, reader));
        }
        catch (TemplateRenderException e)
        {
            using var scope = logger.BeginScope(Scope(delivery));
            logger.LogError("The agenda of session {SessionId} (tenant {TenantId}) cannot be rendered: {Reason}", session.Id, r.TenantId, e.InnerException?.Message);
            DeliveryLedger.Release(delivery);
            RenderFailures++;
            return null;
        }
    }

    /// <summary>Agendas the tenant's template could not render in this run (<see cref="SweepDto.RenderFailures"/>).</summary>
    private int RenderFailures { get; set; }

    /// <summary>
    /// A delivery left "sending" by a crashed run: if its mail is in Sent Items, it was sent; if not, it is
    /// sent now. When Sent Items cannot be read, it waits for the next run (returned), never risking a second mail.
    /// </summary>
    private async Task<HashSet<AgendaDelivery>> RecoverAsync(
        GraphServiceClient client, Dictionary<Guid, Relationship> relationships, List<AgendaDelivery> sending, DateTimeOffset now, CancellationToken ct)
    {
        var unresolved = new HashSet<AgendaDelivery>();
        if (sending.Count == 0) return unresolved;
        var steps = sending.Select(d => new GraphStep(d.Id.ToString(), relationships[d.RelationshipId].MenteeUpn,
            () => client.Users[relationships[d.RelationshipId].MenteeUpn].MailFolders["sentitems"].Messages.ToGetRequestInformation(rc =>
            {
                rc.QueryParameters.Filter = AgendaMail.MarkerFilter(d.Id);
                rc.QueryParameters.Select = ["id", "sentDateTime"];
            }))).ToList();
        var outcomes = await batcher.RunAsync(client, steps, idempotent: true, ct);
        foreach (var delivery in sending)
        {
            var outcome = outcomes[delivery.Id.ToString()];
            if (!outcome.Succeeded)
            {
                if (outcome.Known && outcome.Status is 401 or 403)
                    logger.LogError("Sent Items of relationship {RelationshipId}'s mentee cannot be read ({Status}): finishing an interrupted delivery " +
                        "needs the application permission Mail.Read on that mailbox (README, permissions). Delivery {DeliveryId} waits until it can be checked.",
                        delivery.RelationshipId, outcome.Status, delivery.Id);
                unresolved.Add(delivery);
                continue;
            }
            using var json = JsonDocument.Parse(outcome.Body);
            if (json.RootElement.GetProperty("value").GetArrayLength() > 0)
            {
                delivery.Status = DeliveryStatus.Sent;
                delivery.SentAt ??= now;
            }
        }
        return unresolved;
    }

    /// <summary>Writes sent agendas into their meetings in Outlook, keeping the rest of each body.</summary>
    private async Task<int> UpdateOccurrencesAsync(GraphServiceClient client, Dictionary<Guid, Relationship> relationships, Dictionary<Guid, Session> sessions,
        DeliveryKind kind, Dictionary<string, string?> bodies, int sent, CancellationToken ct)
    {
        if (kind != DeliveryKind.Agenda) return sent;
        var ids = sessions.Keys.ToList();
        var pending = await db.AgendaDeliveries
            .Where(d => ids.Contains(d.SessionId) && d.Kind == DeliveryKind.Agenda && d.Status == DeliveryStatus.Sent && !d.OccurrenceUpdated)
            .ToListAsync(ct);
        if (pending.Count == 0) return sent;

        var steps = pending.Select(d =>
        {
            var session = sessions[d.SessionId];
            var upn = relationships[d.RelationshipId].MenteeUpn;
            var merged = OccurrenceBody.Merge(bodies.GetValueOrDefault(session.OccurrenceId), d.Html ?? string.Empty);
            return new GraphStep(d.Id.ToString(), upn, () => client.Users[upn].Events[session.OccurrenceId]
                .ToPatchRequestInformation(new Event { Body = new ItemBody { ContentType = BodyType.Html, Content = merged } }));
        }).ToList();
        var outcomes = await batcher.RunAsync(client, steps, idempotent: true, ct);
        foreach (var delivery in pending.Where(d => outcomes[d.Id.ToString()].Succeeded))
            delivery.OccurrenceUpdated = true;
        await db.SaveChangesAsync(ct);
        return sent;
    }
}
