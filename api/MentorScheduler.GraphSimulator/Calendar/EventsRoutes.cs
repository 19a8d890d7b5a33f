using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Directory;
using MentorScheduler.GraphSimulator.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Graph's event routes under <c>/users/{key}/events</c> and <c>/users/{key}/calendar/events</c>.</summary>
internal static class EventsRoutes
{
    /// <summary>The response actions and the response each records.</summary>
    private static readonly (string Action, string Response)[] Responses =
    [
        ("accept", "accepted"),
        ("tentativelyAccept", "tentativelyAccepted"),
        ("decline", "declined"),
    ];

    public static void MapEvents(this IEndpointRouteBuilder user)
    {
        foreach (var prefix in new[] { "/events", "/calendar/events" })
        {
            user.MapPost(prefix, CreateAsync);
            user.MapGet(prefix, List);
            user.MapGet(prefix + "/{id}", Get);
            user.MapMethods(prefix + "/{id}", ["PATCH"], PatchAsync);
            user.MapDelete(prefix + "/{id}", Delete);
            user.MapGet(prefix + "/{id}/instances", Instances);
            user.MapPost(prefix + "/{id}/cancel", Cancel);
            foreach (var (action, response) in Responses)
                user.MapPost($"{prefix}/{{id}}/{action}", RespondWith(response));
        }
    }

    private static async Task<IResult> CreateAsync(string key, HttpContext context, SimulatedDirectory directory, CalendarStore store, CancellationToken cancellationToken)
    {
        var mailbox = CalendarRequests.Mailbox(directory, key);
        var zone = ResponseZone.From(context.Request);
        var body = await CalendarRequests.BodyAsync(context.Request, cancellationToken);
        var view = store.Create(mailbox, body, out _);
        return Item(view, key, context, zone, StatusCodes.Status201Created);
    }

    private static IResult Get(string key, string id, HttpContext context, SimulatedDirectory directory, CalendarStore store)
    {
        var mailbox = CalendarRequests.Mailbox(directory, key);
        var zone = ResponseZone.From(context.Request);
        return Item(store.Get(mailbox, id), key, context, zone, StatusCodes.Status200OK);
    }

    private static IResult List(string key, HttpContext context, SimulatedDirectory directory, CalendarStore store)
    {
        var mailbox = CalendarRequests.Mailbox(directory, key);
        var zone = ResponseZone.From(context.Request);
        var query = EventQuery.From(context.Request);
        var events = query.Apply(store.List(mailbox)).ToList();
        return CalendarRequests.Json(query.Page(events, context.Request, CalendarRequests.Context(key, "events"), zone), context, zone);
    }

    private static IResult Instances(string key, string id, HttpContext context, SimulatedDirectory directory, CalendarStore store)
    {
        var mailbox = CalendarRequests.Mailbox(directory, key);
        var zone = ResponseZone.From(context.Request);
        var (from, to) = CalendarRequests.Window(context.Request);
        var query = EventQuery.From(context.Request);
        var instances = query.Apply(store.Instances(mailbox, id, from, to)).ToList();
        return CalendarRequests.Json(query.Page(instances, context.Request, CalendarRequests.Context(key, $"events('{id}')/instances"), zone), context, zone);
    }

    private static async Task<IResult> PatchAsync(string key, string id, HttpContext context, SimulatedDirectory directory, CalendarStore store, CancellationToken cancellationToken)
    {
        var mailbox = CalendarRequests.Mailbox(directory, key);
        var zone = ResponseZone.From(context.Request);
        var body = await CalendarRequests.BodyAsync(context.Request, cancellationToken);
        return Item(store.Patch(mailbox, id, body), key, context, zone, StatusCodes.Status200OK);
    }

    private static IResult Delete(string key, string id, SimulatedDirectory directory, CalendarStore store)
    {
        store.Delete(CalendarRequests.Mailbox(directory, key), id);
        return Results.NoContent();
    }

    private static IResult Cancel(string key, string id, SimulatedDirectory directory, CalendarStore store)
    {
        store.Cancel(CalendarRequests.Mailbox(directory, key), id);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static Func<string, string, HttpRequest, SimulatedDirectory, CalendarStore, SimulatedMailboxes, CancellationToken, Task<IResult>> RespondWith(string response) =>
        (key, id, request, directory, store, mailboxes, cancellationToken) => RespondAsync(key, id, response, request, directory, store, mailboxes, cancellationToken);

    /// <summary>The answer, and as in Exchange the response message (with the attendee's comment) in the organiser's inbox.</summary>
    private static async Task<IResult> RespondAsync(string key, string id, string response, HttpRequest request, SimulatedDirectory directory, CalendarStore store,
        SimulatedMailboxes mailboxes, CancellationToken cancellationToken)
    {
        var mailbox = CalendarRequests.Mailbox(directory, key);
        var body = await CalendarRequests.BodyAsync(request, cancellationToken);
        var sendResponse = body["sendResponse"] is not JsonValue value || value.GetValueKind() != JsonValueKind.False;
        var comment = body["comment"] is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : string.Empty;
        store.Respond(mailbox, id, response, sendResponse, (organizerAddress, subject) =>
        {
            if (directory.FindByAddress(organizerAddress) is { } organizer) mailboxes.DeliverMeetingResponse(mailbox, organizer, subject, response, comment);
        });
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static IResult Item(EventView view, string key, HttpContext context, ResponseZone zone, int status)
    {
        var query = EventQuery.From(context.Request);
        var json = EventJson.Write(view, query, zone);
        json.Insert(0, "@odata.context", $"{Infrastructure.ServiceRoot.Of(context.Request)}/$metadata#{CalendarRequests.Context(key, "events")}/$entity");
        return CalendarRequests.Json(json, context, zone, status);
    }
}
