using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Faults;

/// <summary>The simulator's admin surface under <c>{prefix}/admin</c>: fault rules, global latency and traffic counters.</summary>
public static class AdminRoutes
{
    public static RouteGroupBuilder MapGraphSimulatorAdmin(this IEndpointRouteBuilder endpoints, string prefix)
    {
        var admin = endpoints.MapGroup(prefix + "/admin").ExcludeFromDescription();
        admin.MapPost("/faults", AddFault);
        admin.MapGet("/faults", ListFaults);
        admin.MapGet("/faults/{id}", GetFault);
        admin.MapDelete("/faults", ClearFaults);
        admin.MapDelete("/faults/{id}", RemoveFault);
        admin.MapGet("/latency", (SimulatedLatency latency) => TypedResults.Ok(new LatencySetting(latency.DelayMs)));
        admin.MapPost("/latency", SetLatency);
        admin.MapGet("/counters", (TrafficCounters counters) => TypedResults.Ok(counters.Snapshot()));
        admin.MapDelete("/counters", ResetCounters);
        return admin;
    }

    private static async Task<Results<Created<FaultRuleView>, ValidationProblem>> AddFault(HttpRequest request, FaultRules rules)
    {
        var body = await ReadBodyAsync<FaultRuleRequest>(request);
        if (body is null) return NotJson("""{"route":"GET /users/*","status":429,"retryAfterSeconds":2,"count":2}""");
        var errors = body.Validate();
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var rule = rules.Add(
            FaultRoutePattern.TryParse(body.Route)!, body.Status, body.RetryAfterSeconds, body.Count, body.Share, body.Seed, body.DelayMs ?? 0,
            body.Timing!.Value, body.Skip ?? 0);
        return TypedResults.Created($"{request.PathBase}{request.Path}/{rule.Id}", FaultRuleView.Of(rule));
    }

    private static Ok<FaultRuleView[]> ListFaults(FaultRules rules) =>
        TypedResults.Ok(rules.List().Select(FaultRuleView.Of).ToArray());

    private static Results<Ok<FaultRuleView>, ProblemHttpResult> GetFault(string id, FaultRules rules) =>
        rules.Find(id) is { } rule ? TypedResults.Ok(FaultRuleView.Of(rule)) : RuleNotFound(id);

    private static NoContent ClearFaults(FaultRules rules)
    {
        rules.Clear();
        return TypedResults.NoContent();
    }

    private static Results<NoContent, ProblemHttpResult> RemoveFault(string id, FaultRules rules) =>
        rules.Remove(id) ? TypedResults.NoContent() : RuleNotFound(id);

    private static async Task<Results<Ok<LatencySetting>, ValidationProblem>> SetLatency(HttpRequest request, SimulatedLatency latency)
    {
        var body = await ReadBodyAsync<LatencySetting>(request);
        if (body is null) return NotJson("""{"delayMs":50}""");
        if (body.DelayMs is < 0 or > SimulatedLatency.MaxDelayMs)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["delayMs"] = [$"The delay must be between 0 and {SimulatedLatency.MaxDelayMs} ms."] });
        latency.DelayMs = body.DelayMs;
        return TypedResults.Ok(new LatencySetting(latency.DelayMs));
    }

    private static NoContent ResetCounters(TrafficCounters counters)
    {
        counters.Reset();
        return TypedResults.NoContent();
    }

    /// <summary>The body as <typeparamref name="T"/>, or null when it is missing or is not JSON of that shape.</summary>
    private static async Task<T?> ReadBodyAsync<T>(HttpRequest request) where T : class
    {
        try
        {
            return await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    private static ValidationProblem NotJson(string example) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [$"The body must be a JSON object such as {example}."] });

    private static ProblemHttpResult RuleNotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such fault rule", detail: $"There is no fault rule '{id}'.");
}
