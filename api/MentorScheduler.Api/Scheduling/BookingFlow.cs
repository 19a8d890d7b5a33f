using MentorScheduler.Api.Core;
using MentorScheduler.Api.Data;
using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Books a relationship from a request: the same booking again answers 200 with the series that exists, a
/// different one 409; otherwise the planned series is created in Outlook and recorded (201).
/// </summary>
public sealed class BookingFlow(MentorSchedulerDb db, SeriesPlanner planner, SeriesBooker booker, TimeProvider clock)
{
    public async Task<Results<Created<RelationshipDto>, Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult>> BookAsync(
        Relationship r, LocalDateTime? start, string zone, CancellationToken ct)
    {
        if (r.SeriesEventId is not null) return AlreadyBooked(r, start, zone);
        // The mentor says yes before anything is booked (ask first).
        if (RelationshipStates.Check(r, RelationshipAction.Book) is { } notAgreed) return notAgreed;

        var (plan, refusal) = await planner.PlanAsync(r, start, zone, r.MeetingCount, ct);
        if (plan is null) return refusal!.AsProblem();
        if (!await booker.BookAsync(r, plan.Start, plan.TimeZone, ct))
        {
            await db.Entry(r).ReloadAsync(ct);
            return AlreadyBooked(r, plan.Start, plan.TimeZone);
        }
        return TypedResults.Created($"/api/relationships/{r.Id}", RelationshipDto.From(r, clock.GetUtcNow()));
    }

    private Results<Created<RelationshipDto>, Ok<RelationshipDto>, ValidationProblem, ProblemHttpResult> AlreadyBooked(
        Relationship r, LocalDateTime? start, string zone)
    {
        var same = start is null || (r.SeriesStart == start.Value.ToDateTimeUnspecified() && r.SeriesTimeZone == zone);
        return same
            ? TypedResults.Ok(RelationshipDto.From(r, clock.GetUtcNow()))
            : Problems.Conflict("Already booked",
                $"This relationship already has a series starting {r.SeriesStart:yyyy-MM-dd HH:mm} ({r.SeriesTimeZone}). To change the time or cadence, amend it.",
                "alreadyBooked");
    }
}
