using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace MentorScheduler.GraphSimulator.Batching;

/// <summary>One entry of a batch's <c>responses</c> array: id, status, headers and body.</summary>
public sealed record BatchStepResult(string Id, int Status, IReadOnlyDictionary<string, string> Headers, JsonNode? Body)
{
    private static readonly string[] HopHeaders = ["Transfer-Encoding", "Content-Length", "Connection", "Date", "Server"];

    public bool Succeeded => Status is >= 200 and < 300;

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["id"] = Id,
            ["status"] = Status,
            ["headers"] = new JsonObject(Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))),
        };
        if (Body is not null) json["body"] = Body.DeepClone();
        return json;
    }

    /// <summary>A Graph error answered for a step without running it.</summary>
    public static BatchStepResult Error(string id, int status, string code, string message, DateTimeOffset now) =>
        new(id, status, new Dictionary<string, string> { ["Content-Type"] = "application/json" }, GraphErrors.Body(code, message, now));

    /// <summary>The 424 Graph gives a step whose dependency failed.</summary>
    public static BatchStepResult FailedDependency(string id, string failedDependency, DateTimeOffset now) => Error(
        id, StatusCodes.Status424FailedDependency, "FailedDependency", $"The request depends on request '{failedDependency}', which failed.", now);

    /// <summary>Reads an answer from the simulator's own routes: JSON bodies stay JSON, other bodies become base64.</summary>
    public static async Task<BatchStepResult> FromAsync(string id, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var headers = response.Headers.Concat(response.Content.Headers)
            .Where(h => !HopHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return new BatchStepResult(id, (int)response.StatusCode, headers, BodyOf(bytes, response.Content.Headers.ContentType?.MediaType));
    }

    private static JsonNode? BodyOf(byte[] bytes, string? mediaType)
    {
        if (bytes.Length == 0) return null;
        if (mediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            try
            {
                return JsonNode.Parse(bytes);
            }
            catch (System.Text.Json.JsonException)
            {
                return Convert.ToBase64String(bytes);
            }
        }
        return Convert.ToBase64String(bytes);
    }
}
