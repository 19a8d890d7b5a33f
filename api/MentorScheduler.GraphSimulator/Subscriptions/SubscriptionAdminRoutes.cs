using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Calendar;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Subscriptions;

/// <summary>
/// The admin side of notifications (Faults/README.md): what was sent, faults on the next notifications, and a
/// lifecycle notification sent on demand.
/// </summary>
internal static class SubscriptionAdminRoutes
{
    private static readonly string[] LifecycleEvents = ["missed", "reauthorizationRequired", "subscriptionRemoved"];

    public static void MapSubscriptionAdmin(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/notifications", (NotificationDispatcher dispatcher) => Results.Ok(dispatcher.Stats));
        admin.MapPost("/notifications/faults", AddFaultAsync);
        admin.MapDelete("/notifications/faults", (NotificationFaults faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        admin.MapPost("/subscriptions/{id}/lifecycle", LifecycleAsync);
    }

    private static async Task<IResult> AddFaultAsync(HttpRequest request, NotificationFaults faults, CancellationToken ct)
    {
        var body = await Body(request, ct);
        var mode = body?["mode"]?.GetValue<string>();
        var count = body?["count"]?.GetValue<int?>();
        var delayMs = body?["delayMs"]?.GetValue<int?>() ?? 0;
        var errors = new Dictionary<string, string[]>();
        if (mode is null || !NotificationFaults.Modes.Contains(mode)) errors["mode"] = ["Give drop, duplicate or delay."];
        if (count is < 1) errors["count"] = ["count is at least 1 (or leave it out for every notification)."];
        if (mode == "delay" && delayMs is < 1 or > 300_000) errors["delayMs"] = ["A delay is 1 to 300000 ms."];
        if (errors.Count > 0) return Results.ValidationProblem(errors);
        faults.Add(mode!, count, delayMs);
        return Results.Created(request.Path, new { mode, count, delayMs });
    }

    private static async Task<IResult> LifecycleAsync(string id, HttpRequest request, SubscriptionStore store, NotificationDispatcher dispatcher, CancellationToken ct)
    {
        var lifecycleEvent = (await Body(request, ct))?["lifecycleEvent"]?.GetValue<string>();
        if (lifecycleEvent is null || !LifecycleEvents.Contains(lifecycleEvent))
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["lifecycleEvent"] = ["Give missed, reauthorizationRequired or subscriptionRemoved."] });
        if (store.Find(id) is not { } subscription)
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such subscription", detail: $"There is no live subscription '{id}'.");
        if (lifecycleEvent == "subscriptionRemoved") store.Remove(id);
        dispatcher.SendLifecycle(subscription, lifecycleEvent);
        return Results.Accepted();
    }

    private static async Task<JsonObject?> Body(HttpRequest request, CancellationToken ct)
    {
        try
        {
            return await CalendarRequests.BodyAsync(request, ct);
        }
        catch (GraphRequestException)
        {
            return null;
        }
    }
}
