using MentorScheduler.GraphSimulator.Directory;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Graph's <c>calendarView</c>: every single event, occurrence and exception overlapping a window, by start.</summary>
internal static class CalendarViewRoutes
{
    public static void MapCalendarView(this IEndpointRouteBuilder user)
    {
        user.MapGet("/calendarView", CalendarView);
        user.MapGet("/calendar/calendarView", CalendarView);
    }

    private static IResult CalendarView(string key, HttpContext context, SimulatedDirectory directory, CalendarStore store)
    {
        var mailbox = CalendarRequests.Mailbox(directory, key);
        var zone = ResponseZone.From(context.Request);
        var (from, to) = CalendarRequests.Window(context.Request);
        var query = EventQuery.From(context.Request);
        var events = query.Apply(store.CalendarView(mailbox, from, to)).ToList();
        return CalendarRequests.Json(query.Page(events, context.Request, CalendarRequests.Context(key, "calendarView"), zone), context, zone);
    }
}
