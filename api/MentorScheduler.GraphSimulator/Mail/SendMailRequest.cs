using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>
/// Reads a sendMail body (<c>{message, saveToSentItems}</c>, names in any case, as the SDK sends PascalCase)
/// and checks it as Graph does before anything is delivered.
/// </summary>
public static class SendMailRequest
{
    public static (OutgoingMail? Mail, IResult? Problem) Read(JsonNode? payload)
    {
        if (payload?["message"] is not JsonObject message)
            return (null, GraphErrors.Error(StatusCodes.Status400BadRequest, "ErrorInvalidParameter", "The value of the parameter 'Message' is empty."));

        var contentType = Text(message["body"]?["contentType"]) ?? "text";
        if (!contentType.Equals("text", StringComparison.OrdinalIgnoreCase) && !contentType.Equals("html", StringComparison.OrdinalIgnoreCase))
            return (null, GraphErrors.BadRequest($"The value '{contentType}' is not valid for body contentType; use 'text' or 'html'."));

        var recipients = new Dictionary<string, IReadOnlyList<MailAddress>>();
        foreach (var list in (string[])["toRecipients", "ccRecipients", "bccRecipients", "replyTo"])
        {
            var (addresses, invalid) = Recipients(message[list]);
            if (invalid is not null) return (null, InvalidRecipients($"Recipient '{invalid}' is not resolved. All recipients must be resolved before a message can be submitted."));
            recipients[list] = addresses;
        }
        if (recipients["toRecipients"].Count + recipients["ccRecipients"].Count + recipients["bccRecipients"].Count == 0)
            return (null, InvalidRecipients("A message can't be sent because it contains no recipients."));

        var headers = new List<MessageHeader>();
        foreach (var header in Items(message["internetMessageHeaders"]))
        {
            var name = Text(header["name"]) ?? string.Empty;
            if (!name.StartsWith("x-", StringComparison.OrdinalIgnoreCase))
                return (null, GraphErrors.Error(StatusCodes.Status400BadRequest, "InvalidInternetMessageHeader", $"The internet message header name '{name}' should start with 'x-' or 'X-'."));
            headers.Add(new MessageHeader(name, Text(header["value"]) ?? string.Empty));
        }

        var properties = new List<ExtendedProperty>();
        foreach (var property in Items(message["singleValueExtendedProperties"]))
        {
            var id = Text(property["id"]);
            if (string.IsNullOrWhiteSpace(id))
                return (null, GraphErrors.BadRequest("A single-value extended property has no 'id'."));
            properties.Add(new ExtendedProperty(id.Trim(), Text(property["value"]) ?? string.Empty));
        }

        return (new OutgoingMail(
            Text(message["subject"]) ?? string.Empty,
            contentType.ToLowerInvariant(),
            Text(message["body"]?["content"]) ?? string.Empty,
            recipients["toRecipients"],
            recipients["ccRecipients"],
            recipients["bccRecipients"],
            recipients["replyTo"],
            headers,
            properties,
            SaveToSentItems(payload["saveToSentItems"])), null);
    }

    private static (IReadOnlyList<MailAddress> Addresses, string? Invalid) Recipients(JsonNode? list)
    {
        var addresses = new List<MailAddress>();
        foreach (var recipient in Items(list))
        {
            var address = Text(recipient["emailAddress"]?["address"])?.Trim();
            if (string.IsNullOrEmpty(address) || address.IndexOf('@', StringComparison.Ordinal) is <= 0 || address.EndsWith('@'))
                return ([], address ?? string.Empty);
            addresses.Add(new MailAddress(Text(recipient["emailAddress"]?["name"]), address));
        }
        return (addresses, null);
    }

    /// <summary>Graph saves to sent items unless the parameter is false; the docs' own example sends it as a string.</summary>
    private static bool SaveToSentItems(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) => !s.Equals("false", StringComparison.OrdinalIgnoreCase),
        _ => true,
    };

    private static IResult InvalidRecipients(string detail) =>
        GraphErrors.Error(StatusCodes.Status400BadRequest, "ErrorInvalidRecipients", "At least one recipient is not valid., " + detail);

    private static IEnumerable<JsonObject> Items(JsonNode? node) => node is JsonArray array ? array.OfType<JsonObject>() : [];

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
