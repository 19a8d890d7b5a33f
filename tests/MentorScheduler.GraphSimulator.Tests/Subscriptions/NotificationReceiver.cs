using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MentorScheduler.GraphSimulator.Tests.Subscriptions;

/// <summary>
/// An app's notification endpoint, as Graph needs one: echoes <c>validationToken</c> as text, records every
/// notification and answers 202. <c>/hooks/refuse</c> fails the handshake.
/// </summary>
public sealed class NotificationReceiver
{
    public ConcurrentQueue<string> Validations { get; } = new();

    public ConcurrentQueue<JsonElement> Notifications { get; } = new();

    /// <summary>How many notifications each POST carried, in the order they came.</summary>
    public ConcurrentQueue<int> Posts { get; } = new();

    /// <summary>While set and not yet completed, a POST of notifications waits for it before it is answered.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public void Map(WebApplication app)
    {
        app.MapPost("/hooks/notifications", Receive);
        app.MapPost("/hooks/lifecycle", Receive);
        app.MapPost("/hooks/refuse", () => Results.BadRequest());
    }

    private async Task<IResult> Receive(HttpRequest request)
    {
        if (request.Query.TryGetValue("validationToken", out var token))
        {
            Validations.Enqueue(request.Path);
            return Results.Text(token.ToString(), "text/plain");
        }
        using var body = await JsonDocument.ParseAsync(request.Body);
        Posts.Enqueue(body.RootElement.GetProperty("value").GetArrayLength());
        if (Hold is { } hold) await hold.Task;
        foreach (var notification in body.RootElement.GetProperty("value").EnumerateArray())
            Notifications.Enqueue(notification.Clone());
        return Results.Accepted();
    }
}
