using System.Text;
using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>
/// A canonical form of a request body (property order, name case and <c>@odata</c> annotations ignored), to tell
/// a retried create from a different one carrying the same transactionId.
/// </summary>
internal static class RequestFingerprint
{
    public static string Of(JsonNode? body)
    {
        var text = new StringBuilder();
        Append(text, body);
        return text.ToString();
    }

    private static void Append(StringBuilder text, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject json:
                text.Append('{');
                foreach (var (name, value) in json.Where(p => !p.Key.StartsWith('@')).OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
                {
                    text.Append(name.ToUpperInvariant()).Append(':');
                    Append(text, value);
                    text.Append(',');
                }
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                foreach (var item in array)
                {
                    Append(text, item);
                    text.Append(',');
                }
                text.Append(']');
                break;
            default:
                text.Append(node?.ToJsonString() ?? "null");
                break;
        }
    }
}
