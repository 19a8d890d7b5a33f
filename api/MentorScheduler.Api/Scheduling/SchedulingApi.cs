using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Identity;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>Slots, booking, amending and the mentor's capacity (API.md "Booking").</summary>
public static class SchedulingApi
{
    public static IServiceCollection AddScheduling(this IServiceCollection services)
    {
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<FreeBusyReader>();
        services.AddScoped<SlotFinder>();
        services.AddScoped<SeriesBooker>();
        services.AddScoped<SessionSync>();
        services.AddScoped<SeriesDeclined>();
        services.AddScoped<CapacityGuard>();
        services.AddScoped<SeriesPlanner>();
        services.AddScoped<BookingFlow>();
        services.AddScoped<SeriesAmender>();
        services.AddScoped<SessionCanceller>();
        services.AddScoped<EndingFlow>();
        return services;
    }

    public static void MapScheduling(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/relationships/{id:guid}")
            .RequireAuthorization(ApiPermissions.UserPolicy)
            .WithTags("Booking");
        group.MapGet("/slots", GetSlots).WithSummary("The best recurring slots, each scored over all its meetings.");
        group.MapPost("/booking", Book).WithSummary("Book the whole series in Outlook (idempotent).");
        group.MapPost("/end", End).WithSummary("Either participant ends the relationship: the series stops after the last held session (idempotent).");
        group.MapPost("/amend", Amend)
            .WithSummary("Change the cadence, length or time: the current series ends after the last held session and a new one is booked.");

        var me = app.MapGroup("/api/me/capacity").RequireAuthorization(ApiPermissions.UserPolicy).WithTags("Booking");
        me.MapGet("/", GetCapacity).WithSummary("My monthly capacity as a mentor.");
        me.MapPut("/", SetCapacity).WithSummary("Lower or raise my monthly capacity as a mentor.");
    }

    public static async Task<Results<Ok<IReadOnlyList<SlotDto>>, ValidationProblem, ProblemHttpResult>> GetSlots(
        Guid id, int? count, string? frequency, int? durationMinutes, RecordAccess records, SlotFinder finder, SeriesAmender amender, TimeProvider clock,
        CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        var r = access.Relationship;
        var errors = new Dictionary<string, string[]>();
        if (count is < 1 or > 20) errors["count"] = ["Ask for 1 to 20 slots."];
        var cadence = r.Frequency;
        if (frequency is not null && !EnumText.TryParse(frequency, out cadence))
            errors["frequency"] = [$"'{frequency}' is not a cadence; use weekly, biweekly, monthly or quarterly."];
        if (durationMinutes is < AgreementRules.MinDuration or > AgreementRules.MaxDuration)
            errors["durationMinutes"] = [$"A meeting lasts {AgreementRules.MinDuration} to {AgreementRules.MaxDuration} minutes."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        // For a booked relationship, slots are for amending it: the meetings left, from one new interval after the last held one.
        var shape = r.WithCadence(cadence, durationMinutes ?? r.DurationMinutes);
        if (r.SeriesEventId is null || !RelationshipStates.Booked.Contains(r.Status))
            return TypedResults.Ok(await finder.FindAsync(shape, count ?? 3, ct));
        var (remaining, notBefore) = SeriesAmender.AfterHeld(shape, await amender.HeldAsync(r, clock.GetUtcNow(), ct));
        return TypedResults.Ok(await finder.FindAsync(shape, count ?? 3, ct, Math.Max(1, remaining), notBefore));
    }

    public static async Task<Results<Created<RelationshipDto>, Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Book(
        Guid id, BookingRequest? request, RecordAccess records, BookingFlow booking, TimeProvider clock, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (!access.IsMentee) return RecordAccess.OnlyTheMentee(access.Relationship, "book");
        var now = Instant.FromDateTimeOffset(clock.GetUtcNow());
        var (start, zone, errors) = SlotRequestParser.Parse(request?.Start, request?.TimeZone, access.Relationship, now);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return await booking.BookAsync(access.Relationship, start, zone, ct);
    }

    public static async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> End(
        Guid id, EndRequest? request, RecordAccess records, EndingFlow ending, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (!access.IsParticipant) return RecordAccess.ReadOnly();
        return await ending.EndAsync(access, request, ct);
    }

    public static async Task<Results<Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> Amend(
        Guid id, AmendRequest? request, RecordAccess records, SeriesAmender amender, CancellationToken ct)
    {
        if (await records.RelationshipAsync(id, ct) is not { } access) return RecordAccess.RelationshipNotFound(id);
        if (!access.IsMentee) return RecordAccess.OnlyTheMentee(access.Relationship, "amend");
        return await amender.AmendAsync(access.Relationship, request ?? new AmendRequest(null, null, null), ct);
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
