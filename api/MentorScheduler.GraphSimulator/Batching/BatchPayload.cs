using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Batching;

/// <summary>Reads and checks a <c>$batch</c> body the way Graph does; a bad payload fails the whole batch.</summary>
public static class BatchPayload
{
    /// <summary>Graph's limit on requests in one batch.</summary>
    public const int MaxSteps = 20;

    /// <summary>The steps in request order, or the reason the batch is refused (Graph answers 400).</summary>
    public static (IReadOnlyList<BatchStep>? Steps, string? Problem) Read(JsonNode? payload)
    {
        if (payload?["requests"] is not JsonArray requests)
            return (null, "Invalid batch payload format: the body must be an object with a 'requests' array.");
        if (requests.Count == 0)
            return (null, "Invalid batch payload format: the 'requests' array is empty.");
        if (requests.Count > MaxSteps)
            return (null, $"The batch has {requests.Count} requests; the maximum number of requests in a batch is {MaxSteps}.");

        var steps = new List<BatchStep>();
        foreach (var node in requests)
        {
            if (node is not JsonObject request) return (null, "Invalid batch payload format: each request must be an object.");
            var id = Text(request["id"]);
            var method = Text(request["method"]);
            var url = Text(request["url"]);
            if (string.IsNullOrWhiteSpace(id)) return (null, "Invalid batch payload format: a request has no 'id'.");
            if (string.IsNullOrWhiteSpace(method)) return (null, $"Invalid batch payload format: request '{id}' has no 'method'.");
            if (string.IsNullOrWhiteSpace(url)) return (null, $"Invalid batch payload format: request '{id}' has no 'url'.");
            if (steps.Any(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase)))
                return (null, $"The batch contains the request id '{id}' more than once; request ids must be unique.");

            var dependsOn = request["dependsOn"] is JsonArray ids ? ids.Select(Text).OfType<string>().ToList() : [];
            var headers = request["headers"] is JsonObject h
                ? h.ToDictionary(kv => kv.Key, kv => Text(kv.Value) ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            steps.Add(new BatchStep(id, method.ToUpperInvariant(), url, dependsOn, headers, request["body"]?.DeepClone()));
        }

        foreach (var step in steps)
        {
            var unknown = step.DependsOn.FirstOrDefault(d => !steps.Any(s => string.Equals(s.Id, d, StringComparison.OrdinalIgnoreCase)));
            if (unknown is not null) return (null, $"Request '{step.Id}' depends on '{unknown}', which is not in the batch.");
        }
        return HasCycle(steps) ? (null, "The requests' dependsOn form a cycle.") : (steps, null);
    }

    private static bool HasCycle(List<BatchStep> steps)
    {
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (placed.Count < steps.Count)
        {
            var ready = steps.Where(s => !placed.Contains(s.Id) && s.DependsOn.All(placed.Contains)).ToList();
            if (ready.Count == 0) return true;
            placed.UnionWith(ready.Select(s => s.Id));
        }
        return false;
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };
}
