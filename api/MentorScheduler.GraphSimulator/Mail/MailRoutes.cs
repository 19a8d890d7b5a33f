using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.GraphSimulator.Directory;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>Graph's mail routes: sendMail, and reading messages from a mailbox or one of its folders.</summary>
internal static class MailRoutes
{
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static void MapMail(this IEndpointRouteBuilder graph)
    {
        graph.MapPost("/users/{key}/sendMail", SendMail);
        graph.MapGet("/users/{key}/messages", (string key, HttpRequest request, SimulatedDirectory directory, SimulatedMailboxes mailboxes) =>
            ListMessages(key, null, request, directory, mailboxes));
        graph.MapGet("/users/{key}/messages/{id}", (string key, string id, HttpRequest request, SimulatedDirectory directory, SimulatedMailboxes mailboxes) =>
            GetMessage(key, null, id, request, directory, mailboxes));
        graph.MapGet("/users/{key}/mailFolders/{folder}/messages", ListMessages);
        graph.MapGet("/users/{key}/mailFolders/{folder}/messages/{id}", GetMessage);
    }

    private static async Task<IResult> SendMail(string key, HttpRequest request, SimulatedDirectory directory, SimulatedMailboxes mailboxes, CancellationToken cancellationToken)
    {
        var sender = directory.Find(key);
        if (sender is null) return InvalidUser(key);
        if (!request.HasJsonContentType())
            return GraphErrors.Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The simulator's sendMail takes a JSON body (Content-Type: " +
                "application/json); MIME content is not supported.");

        JsonNode? payload;
        try
        {
            payload = await RequestJson.ParseAsync(request.Body, CaseInsensitive, cancellationToken);
        }
        catch (JsonException)
        {
            return GraphErrors.Error(StatusCodes.Status400BadRequest, "RequestBodyRead", "The request body is not valid JSON.");
        }

        var (mail, problem) = SendMailRequest.Read(payload);
        if (mail is null) return problem!;
        mailboxes.Send(sender, mail);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static IResult ListMessages(string key, string? folder, HttpRequest request, SimulatedDirectory directory, SimulatedMailboxes mailboxes)
    {
        var (read, problem) = ReadRequest(key, folder, request, directory, oneMessage: false);
        if (read is null) return problem!;

        var all = read.Query.Apply(mailboxes.Messages(read.User, read.Folder)).ToList();
        var top = Math.Clamp(read.OData.Top ?? 10, 1, 1000);
        var skip = read.OData.Skip;
        var page = all.Skip(skip).Take(top).Select(m => (JsonNode)MessageJson.Write(m, read.OData.Select, read.Query.Expand)).ToArray();
        var json = new JsonObject
        {
            ["@odata.context"] = $"{ServiceRoot.Of(request)}/$metadata#users('{Uri.EscapeDataString(key)}')/{(read.Folder is null ? "" : $"mailFolders('{read.Folder}')/")}messages",
            ["value"] = new JsonArray(page),
        };
        if (skip + top < all.Count)
            json["@odata.nextLink"] = ServiceRoot.NextLink(request, skip + top);
        return Results.Json(json);
    }

    private static IResult GetMessage(string key, string? folder, string id, HttpRequest request, SimulatedDirectory directory, SimulatedMailboxes mailboxes)
    {
        var (read, problem) = ReadRequest(key, folder, request, directory, oneMessage: true);
        if (read is null) return problem!;

        var message = mailboxes.Messages(read.User, read.Folder).FirstOrDefault(m => m.Id == id);
        if (message is null)
            return GraphErrors.Error(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
        var json = MessageJson.Write(message, read.OData.Select, read.Query.Expand);
        json.Insert(0, "@odata.context", $"{ServiceRoot.Of(request)}/$metadata#users('{Uri.EscapeDataString(key)}')/messages/$entity");
        return Results.Json(json);
    }

    /// <summary>The mailbox, folder and query options of a read, or Graph's error for the first thing wrong with them.</summary>
    private static (MessagesRead? Read, IResult? Problem) ReadRequest(string key, string? folder, HttpRequest request, SimulatedDirectory directory, bool oneMessage)
    {
        var user = directory.Find(key);
        if (user is null) return (null, InvalidUser(key));
        var wellKnown = folder is null ? null : MailFolders.Find(folder);
        if (folder is not null && wellKnown is null)
            return (null, GraphErrors.Error(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified folder could not be found in the store."));

        var odata = ODataQuery.From(request);
        if (odata.Select?.FirstOrDefault(name => !MessageJson.IsSelectable(name)) is { } unknown)
            return (null, GraphErrors.BadRequest($"Could not find a property named '{unknown}' on type 'microsoft.graph.message'."));
        var (query, problem) = MessageQuery.Parse(oneMessage ? odata with { Filter = null, OrderBy = null } : odata);
        return query is null ? (null, GraphErrors.BadRequest(problem!)) : (new MessagesRead(user, wellKnown, odata, query), null);
    }

    /// <summary>What Exchange answers for a mailbox that is not in the tenant.</summary>
    private static IResult InvalidUser(string key) =>
        GraphErrors.Error(StatusCodes.Status404NotFound, "ErrorInvalidUser", $"The requested user '{key}' is invalid.");

    private sealed record MessagesRead(SeedUser User, string? Folder, ODataQuery OData, MessageQuery Query);
}
