using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Batching;

/// <summary>One request inside a JSON batch: its id, method, relative URL, headers, body and the ids it waits for.</summary>
public sealed record BatchStep(
    string Id,
    string Method,
    string Url,
    IReadOnlyList<string> DependsOn,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body);
