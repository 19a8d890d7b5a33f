using System.Text.Json;
using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Infrastructure;

/// <summary>
/// Reads a request body into JSON nodes, taking the last of repeated property names. The Graph SDK (Kiota with its
/// backing store) can send a property set to null twice (kiota-dotnet#535), and <see cref="JsonNode.ParseAsync(Stream, JsonNodeOptions?, JsonDocumentOptions, CancellationToken)"/>
/// would then fail on first use with "An item with the same key has already been added".
/// </summary>
internal static class RequestJson
{
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static async Task<JsonNode?> ParseAsync(Stream body, JsonNodeOptions options, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        return Node(document.RootElement, options);
    }

    private static JsonNode? Node(JsonElement element, JsonNodeOptions options)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var json = new JsonObject(options);
                foreach (var property in element.EnumerateObject()) json[property.Name] = Node(property.Value, options);
                return json;
            case JsonValueKind.Array:
                var array = new JsonArray(options);
                foreach (var item in element.EnumerateArray()) array.Add(Node(item, options));
                return array;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                return null;
            default:
                return JsonValue.Create(element.Clone(), options);
        }
    }
}
