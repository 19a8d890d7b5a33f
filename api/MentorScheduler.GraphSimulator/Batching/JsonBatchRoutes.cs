using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Batching;

/// <summary>Graph's JSON batching: <c>POST /$batch</c> with up to 20 requests, answered 200 with one response each.</summary>
internal static class JsonBatchRoutes
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static void MapJsonBatch(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/$batch", RunBatch).WithMetadata(new BatchEnvelopeEndpoint());
    }

    private static async Task<IResult> RunBatch(HttpRequest request, BatchRunner runner, CancellationToken cancellationToken)
    {
        JsonNode? payload;
        try
        {
            payload = await RequestJson.ParseAsync(request.Body, CaseInsensitive, cancellationToken);
        }
        catch (JsonException)
        {
            return GraphErrors.BadRequest("Invalid batch payload format: the body is not JSON.");
        }

        var (steps, problem) = BatchPayload.Read(payload);
        if (steps is null) return GraphErrors.BadRequest(problem!);

        // Graph runs each step with the envelope's own token.
        var results = await runner.RunAsync(steps, ServiceRoot.Of(request), request.Headers.Authorization.ToString(), cancellationToken);
        return Results.Json(new JsonObject
        {
            ["responses"] = new JsonArray(results.Select(r => (JsonNode)r.ToJson()).ToArray()),
        });
    }
}
