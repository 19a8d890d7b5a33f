using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>
/// Writes a message in Graph's JSON shape, honouring <c>$select</c>. As in Graph, <c>internetMessageHeaders</c>
/// only come with <c>$select</c> and <c>singleValueExtendedProperties</c> only with <c>$expand</c>.
/// </summary>
internal static partial class MessageJson
{
    public const string HeadersProperty = "internetMessageHeaders";

    private static readonly string[] DefaultProperties =
    [
        "createdDateTime", "lastModifiedDateTime", "changeKey", "categories", "receivedDateTime", "sentDateTime",
        "hasAttachments", "internetMessageId", "subject", "bodyPreview", "importance", "parentFolderId", "conversationId",
        "isDeliveryReceiptRequested", "isReadReceiptRequested", "isRead", "isDraft", "webLink", "inferenceClassification",
        "body", "sender", "from", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "flag",
    ];

    private static readonly HashSet<string> Selectable =
        new([.. DefaultProperties, "id", HeadersProperty], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a <c>$select</c> may name this property.</summary>
    public static bool IsSelectable(string name) => Selectable.Contains(name);

    public static JsonObject Write(StoredMessage message, IReadOnlyList<string>? select, ExtendedPropertyExpand? expand)
    {
        var changeKey = Convert.ToBase64String(BitConverter.GetBytes(message.Sequence));
        var json = new JsonObject();
        if (message.MeetingResponse is { } response)
        {
            // Graph returns a meeting response as its derived type, with what kind of answer it carries.
            json["@odata.type"] = "#microsoft.graph.eventMessageResponse";
            json["meetingMessageType"] = response switch { "accepted" => "meetingAccepted", "declined" => "meetingDeclined", _ => "meetingTentativelyAccepted" };
            json["responseType"] = response;
        }
        json["@odata.etag"] = $"W/\"{changeKey}\"";
        json["id"] = message.Id;
        foreach (var name in select is { Count: > 0 } ? select.Where(n => !n.Equals("id", StringComparison.OrdinalIgnoreCase)) : DefaultProperties)
            json[Canonical(name)] = Property(message, Canonical(name), changeKey);
        if (expand is not null)
        {
            json["singleValueExtendedProperties"] = new JsonArray(message.Mail.ExtendedProperties
                .Where(expand.Includes)
                .Select(p => (JsonNode)new JsonObject { ["id"] = p.Id, ["value"] = p.Value })
                .ToArray());
        }
        return json;
    }

    private static string Canonical(string name) =>
        Selectable.TryGetValue(name, out var canonical) ? canonical : name;

    private static JsonNode? Property(StoredMessage m, string name, string changeKey) => name switch
    {
        "createdDateTime" or "lastModifiedDateTime" or "receivedDateTime" => Timestamp(m.ReceivedAt),
        "sentDateTime" => Timestamp(m.SentAt),
        "changeKey" => changeKey,
        "categories" => new JsonArray(),
        "hasAttachments" or "isDeliveryReceiptRequested" or "isReadReceiptRequested" or "isDraft" => false,
        "internetMessageId" => m.InternetMessageId,
        "subject" => m.Mail.Subject,
        "bodyPreview" => Preview(m.Mail),
        "importance" => "normal",
        "parentFolderId" => m.Folder,
        "conversationId" => m.ConversationId,
        "isRead" => m.IsRead,
        "webLink" => $"https://outlook.office365.com/owa/?ItemID={Uri.EscapeDataString(m.Id)}&exvsurl=1&viewmodel=ReadMessageItem",
        "inferenceClassification" => "focused",
        "body" => new JsonObject { ["contentType"] = m.Mail.ContentType, ["content"] = m.Mail.Content },
        "sender" or "from" => Recipient(m.From),
        "toRecipients" => Recipients(m.Mail.To),
        "ccRecipients" => Recipients(m.Mail.Cc),
        "bccRecipients" => Recipients(m.VisibleBcc),
        "replyTo" => Recipients(m.Mail.ReplyTo),
        "flag" => new JsonObject { ["flagStatus"] = "notFlagged" },
        HeadersProperty => new JsonArray(Headers(m).Select(h => (JsonNode)new JsonObject { ["name"] = h.Name, ["value"] = h.Value }).ToArray()),
        _ => null,
    };

    /// <summary>The standard headers a delivered message carries, then the sender's custom <c>x-</c> headers.</summary>
    private static IEnumerable<MessageHeader> Headers(StoredMessage m)
    {
        yield return new MessageHeader("Message-ID", m.InternetMessageId);
        yield return new MessageHeader("Date", m.SentAt.ToString("ddd, d MMM yyyy HH:mm:ss +0000", CultureInfo.InvariantCulture));
        yield return new MessageHeader("From", Format(m.From));
        if (m.Mail.To.Count > 0) yield return new MessageHeader("To", string.Join(", ", m.Mail.To.Select(Format)));
        if (m.Mail.Cc.Count > 0) yield return new MessageHeader("Cc", string.Join(", ", m.Mail.Cc.Select(Format)));
        yield return new MessageHeader("Subject", m.Mail.Subject);
        yield return new MessageHeader("MIME-Version", "1.0");
        yield return new MessageHeader("Content-Type", $"text/{(m.Mail.ContentType == "html" ? "html" : "plain")}; charset=\"utf-8\"");
        foreach (var header in m.Mail.Headers) yield return header;
    }

    private static string Format(MailAddress a) => string.IsNullOrEmpty(a.Name) ? a.Address : $"{a.Name} <{a.Address}>";

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static JsonObject Recipient(MailAddress a) => new()
    {
        ["emailAddress"] = new JsonObject { ["name"] = a.Name ?? a.Address, ["address"] = a.Address },
    };

    private static JsonArray Recipients(IEnumerable<MailAddress> list) => new(list.Select(a => (JsonNode)Recipient(a)).ToArray());

    private static string Preview(OutgoingMail mail)
    {
        var text = mail.ContentType == "html" ? System.Net.WebUtility.HtmlDecode(Tags().Replace(mail.Content, " ")) : mail.Content;
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= 255 ? text : text[..255];
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
