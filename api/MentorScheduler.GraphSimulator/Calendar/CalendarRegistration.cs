using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Registers the simulated calendar and maps its Graph routes under <c>/users/{key}</c>.</summary>
public static class CalendarRegistration
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) =>
        services.AddSingleton<CalendarChangeFeed>().AddSingleton<CalendarStore>();

    public static void MapCalendar(this IEndpointRouteBuilder graph)
    {
        var user = graph.MapGroup("/users/{key}").AddEndpointFilter(CalendarRequests.TranslateFailures);
        user.MapEvents();
        user.MapCalendarView();
        user.MapSchedule();
        user.MapDefaultCalendar();
    }
}
