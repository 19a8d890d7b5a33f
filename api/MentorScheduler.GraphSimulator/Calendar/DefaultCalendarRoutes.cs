using System.Buffers.Text;
using System.Text;
using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Directory;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary><c>GET /users/{key}/calendar</c>: the mailbox's default calendar, which allows Teams meetings.</summary>
internal static class DefaultCalendarRoutes
{
    public static void MapDefaultCalendar(this IEndpointRouteBuilder user) => user.MapGet("/calendar", DefaultCalendar);

    private static IResult DefaultCalendar(string key, HttpRequest request, SimulatedDirectory directory)
    {
        var owner = CalendarRequests.Mailbox(directory, key);
        return Results.Json(new JsonObject
        {
            ["@odata.context"] = $"{ServiceRoot.Of(request)}/$metadata#{CalendarRequests.Context(key, "calendar")}/$entity",
            ["id"] = "AAMkCA" + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(owner.Id)),
            ["name"] = "Calendar",
            ["color"] = "auto",
            ["hexColor"] = string.Empty,
            ["isDefaultCalendar"] = true,
            ["changeKey"] = EventIds.ChangeKey(1),
            ["canShare"] = true,
            ["canViewPrivateItems"] = true,
            ["canEdit"] = true,
            ["allowedOnlineMeetingProviders"] = new JsonArray(TeamsMeeting.Provider),
            ["defaultOnlineMeetingProvider"] = TeamsMeeting.Provider,
            ["isTallyingResponses"] = true,
            ["isRemovable"] = false,
            ["owner"] = new JsonObject { ["name"] = owner.DisplayName, ["address"] = owner.Address },
        });
    }
}
