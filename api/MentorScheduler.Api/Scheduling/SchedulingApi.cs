using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using MentorScheduler.Api.Relationships;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>Slots, booking, sessions, cancelling and amending (API.md "Booking").</summary>
public static class SchedulingApi
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FreeBusyReader>();
        services.AddScoped<SlotFinder>();
        services.AddScoped<SeriesBooker>();
        services.AddScoped<SessionSync>();
        services.AddScoped<CapacityGuard>();
        services.AddScoped<SeriesAmender>();
        return services;
    }

    public static void MapScheduling(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relationships/{id:guid}")
            .RequireAuthorization(IdentityConstants.UserPolicy)
            .WithTags("Booking");
        group.MapGet("/slots", GetSlots).WithSummary("The best recurring slots, each scored over all its meetings.");
        group.MapPost("/booking", Book).WithSummary("Book the whole series in Outlook (idempotent).");
        group.MapGet("/sessions", GetSessions).WithSummary("The relationship's sessions, refreshed from Outlook.");
        group.MapPost("/sessions/{sessionId:guid}/cancel", CancelSession)
            .WithSummary("Cancel one session in Outlook; it stays in the record as cancelled.");
        group.MapPost("/amend", SeriesAmender.Amend)
            .WithSummary("Change the cadence, length or time: the current series ends after the last held session and a new one is booked.");

        var me = app.MapGroup("/api/me/capacity").RequireAuthorization(IdentityConstants.UserPolicy).WithTags("Booking");
        me.MapGet("/", GetCapacity).WithSummary("My monthly capacity as a mentor.");
        me.MapPut("/", SetCapacity).WithSummary("Lower or raise my monthly capacity as a mentor.");
    }

    public static async Task<Results<Ok<IReadOnlyList<SlotDto>>, ValidationProblem, ProblemHttpResult>> GetSlots(
        Guid id, int? count, MentorSchedulerDb db, CurrentUser user, SlotFinder finder, CancellationToken ct)
    {
        var relationship = await db.Relationships.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (relationship is null) return Problems.NotFound($"There is no relationship {id} that you can see.");
        if (count is < 1 or > 20)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["count"] = ["Ask for 1 to 20 slots."] });
        return TypedResults.Ok(await finder.FindAsync(relationship, count ?? 3, ct));
    }

    public static async Task<Results<Created<RelationshipDto>, Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Book(
        Guid id, BookingRequest? request, MentorSchedulerDb db, CurrentUser user, SlotFinder finder, CapacityGuard capacity,
        SeriesBooker booker, TimeProvider clock, CancellationToken ct)
    {
        var r = await db.Relationships.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Problems.NotFound($"There is no relationship {id} that you can see.");
        if (r.MenteeId != user.ObjectId)
            return Problems.Create(403, "Only the mentee books", $"{r.MenteeDisplayName} organises this series, so only they can book it.", "notMentee");

        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var (start, zone, errors) = SlotRequestParser.Parse(request?.Start, request?.TimeZone, r, now);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        if (r.SeriesEventId is not null) return AlreadyBooked(r, start, zone);
        if (r.Status is RelationshipStatus.Declined or RelationshipStatus.Ended)
            return Problems.Conflict("Relationship closed", $"This relationship is {r.Status.ToString().ToLowerInvariant()}; propose a new one to meet again.", "relationshipClosed");

        if (start is null)
        {
            var slots = await finder.FindAsync(r, 1, ct);
            var best = slots.Count > 0 ? slots[0] : null;
            if (best is null || best.Conflicts > 0)
                return Problems.Unprocessable("No slot suits you both every time",
                    $"Even the best slot has {best?.Conflicts ?? r.MeetingCount} of {r.MeetingCount} meetings that clash with a calendar or fall outside working hours. Choose a slot from /slots, or change the cadence.",
                    "bestSlotHasConflicts");
            start = LocalDateTime.FromDateTime(best.Start);
        }

        var meetings = CadenceSchedule.Dates(r.Frequency, start.Value.Date, r.MeetingCount)
            .Select(d => d.At(start.Value.TimeOfDay).InZoneLeniently(TimeZones.Zone(zone)).ToInstant());
        if (await capacity.CheckAsync(r, meetings, ct) is { } refusal)
            return Problems.Unprocessable("Over the mentor's capacity", refusal, "mentorCapacityExceeded");

        if (!await booker.BookAsync(r, start.Value, zone, ct))
        {
            await db.Entry(r).ReloadAsync(ct);
            return AlreadyBooked(r, start, zone);
        }
        return TypedResults.Created($"/api/relationships/{r.Id}", RelationshipDto.From(r));
    }

    private static Results<Created<RelationshipDto>, Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult> AlreadyBooked(
        Relationship r, LocalDateTime? start, string zone)
    {
        var same = start is null || (r.SeriesStart == start.Value.ToDateTimeUnspecified() && r.SeriesTimeZone == zone);
        return same
            ? TypedResults.Ok(RelationshipDto.From(r))
            : Problems.Conflict("Already booked",
                $"This relationship already has a series starting {r.SeriesStart:yyyy-MM-dd HH:mm} ({r.SeriesTimeZone}). To change the time or cadence, amend it.",
                "alreadyBooked");
    }

    public static async Task<Results<Ok<List<SessionDto>>, ProblemHttpResult>> GetSessions(
        Guid id, MentorSchedulerDb db, CurrentUser user, SessionSync sync, CancellationToken ct)
    {
        var r = await db.Relationships.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (r is null) return Problems.NotFound($"There is no relationship {id} that you can see.");
        await sync.TrySyncAsync(r, ct);
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.RelationshipId == id).ToListAsync(ct);
        var sent = await db.AgendaDeliveries.AsNoTracking()
            .Where(d => d.RelationshipId == id && d.Kind == Agendas.DeliveryKind.Agenda && d.Status == Agendas.DeliveryStatus.Sent)
            .ToDictionaryAsync(d => d.SessionId, d => d.SentAt, ct);
        var items = (await db.DiscussionItems.AsNoTracking().Where(i => i.RelationshipId == id).ToListAsync(ct))
            .ToLookup(i => i.SessionId);
        var filed = (await db.SessionNoteVersions.AsNoTracking().Where(v => v.RelationshipId == id).Select(v => v.SessionId).Distinct().ToListAsync(ct))
            .ToHashSet();
        return TypedResults.Ok(sessions.OrderBy(s => s.Start).ThenBy(s => s.Number)
            .Select(s => SessionDto.From(s, sent.TryGetValue(s.Id, out var at) ? at : null, filed.Contains(s.Id),
                items[s.Id].OrderBy(i => i.CreatedAt).Select(i => Agendas.ItemDto.From(i, user.ObjectId)).ToList()))
            .ToList());
    }

    public static async Task<Results<Ok<SessionDto>, ProblemHttpResult>> CancelSession(
        Guid id, Guid sessionId, CancelSessionRequest? request, MentorSchedulerDb db, CurrentUser user,
        Graph.IGraphClients graph, TimeProvider clock, CancellationToken ct)
    {
        var r = await db.Relationships.VisibleTo(user).FirstOrDefaultAsync(x => x.Id == id, ct);
        var session = r is null ? null : await db.Sessions.FirstOrDefaultAsync(s => s.Id == sessionId && s.RelationshipId == id, ct);
        if (r is null || session is null) return Problems.NotFound($"There is no session {sessionId} in a relationship you can see.");
        if (r.MenteeId != user.ObjectId)
            return Problems.Create(403, "Only the mentee cancels", $"{r.MenteeDisplayName} organises this series; as the mentor, decline the meeting in Outlook instead.", "notMentee");
        if (session.Status == SessionStatus.Cancelled) return TypedResults.Ok(SessionDto.From(session));
        if (session.Start <= clock.GetUtcNow())
            return Problems.Conflict("Session already started", "This session has already started or been held, so it cannot be cancelled.", "sessionHeld");

        var comment = string.IsNullOrWhiteSpace(request?.Comment) ? "This mentoring session is cancelled." : request.Comment.Trim();
        try
        {
            await graph.ForTenant(r.TenantId).Users[r.MenteeUpn].Events[session.OccurrenceId].Cancel
                .PostAsync(new Microsoft.Graph.Users.Item.Events.Item.Cancel.CancelPostRequestBody { Comment = comment }, cancellationToken: ct);
        }
        catch (Microsoft.Graph.Models.ODataErrors.ODataError e) when (e.ResponseStatusCode == 404)
        {
            // Already gone from Outlook: the record simply catches up.
        }
        session.Status = SessionStatus.Cancelled;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(SessionDto.From(session));
    }

    public static async Task<Ok<CapacityDto>> GetCapacity(MentorSchedulerDb db, CurrentUser user, CapacityGuard guard, CancellationToken ct)
    {
        var own = await db.MentorCapacities.AsNoTracking().FirstOrDefaultAsync(c => c.TenantId == user.TenantId && c.MentorId == user.ObjectId, ct);
        return TypedResults.Ok(new CapacityDto(own?.MeetingsPerMonth ?? await guard.CapacityOfAsync(user.TenantId, user.ObjectId, ct), own is null));
    }

    public static async Task<Results<Ok<CapacityDto>, ValidationProblem>> SetCapacity(CapacityRequest? request, MentorSchedulerDb db, CurrentUser user, CancellationToken ct)
    {
        if (request?.MeetingsPerMonth is not (>= 0 and <= 60))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["meetingsPerMonth"] = ["Give how many mentoring meetings a month you take, from 0 (none for now) to 60."],
            });
        var own = await db.MentorCapacities.FirstOrDefaultAsync(c => c.TenantId == user.TenantId && c.MentorId == user.ObjectId, ct);
        if (own is null) db.MentorCapacities.Add(own = new MentorCapacity { TenantId = user.TenantId, MentorId = user.ObjectId });
        own.MeetingsPerMonth = request.MeetingsPerMonth.Value;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CapacityDto(own.MeetingsPerMonth, false));
    }
}
