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
            return GraphErrors.Error(StatusCodes.Status415UnsupportedMediaType, "UnsupportedMediaType", "The simulator's sendMail takes a JSON body (Content-Type: application/json); MIME content is not supported.");

        JsonNode? payload;
        try
        {
            payload = await JsonNode.ParseAsync(request.Body, CaseInsensitive, cancellationToken: cancellationToken);
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
        var user = directory.Find(key);
        if (user is null) return InvalidUser(key);
        var wellKnown = folder is null ? null : MailFolders.Find(folder);
        if (folder is not null && wellKnown is null) return FolderNotFound();

        var odata = ODataQuery.From(request);
        var problem = SelectProblem(odata);
        var (query, queryProblem) = MessageQuery.Parse(odata);
        if (problem is not null || query is null) return GraphErrors.BadRequest(problem ?? queryProblem!);

        var all = query.Apply(mailboxes.Messages(user, wellKnown)).ToList();
        var top = Math.Clamp(odata.Top ?? 10, 1, 1000);
        var page = all.Skip(odata.Skip).Take(top).Select(m => (JsonNode)MessageJson.Write(m, odata.Select, query.Expand)).ToArray();
        var json = new JsonObject
        {
            ["@odata.context"] = $"{ServiceRoot.Of(request)}/$metadata#users('{Uri.EscapeDataString(key)}')/{(wellKnown is null ? "" : $"mailFolders('{wellKnown}')/")}messages",
            ["value"] = new JsonArray(page),
        };
        if (odata.Skip + top < all.Count)
            json["@odata.nextLink"] = ServiceRoot.NextLink(request, odata.Skip + top);
        return Results.Json(json);
    }

    private static IResult GetMessage(string key, string? folder, string id, HttpRequest request, SimulatedDirectory directory, SimulatedMailboxes mailboxes)
    {
        var user = directory.Find(key);
        if (user is null) return InvalidUser(key);
        var wellKnown = folder is null ? null : MailFolders.Find(folder);
        if (folder is not null && wellKnown is null) return FolderNotFound();

        var odata = ODataQuery.From(request);
        var problem = SelectProblem(odata);
        var (query, queryProblem) = MessageQuery.Parse(odata with { Filter = null, OrderBy = null });
        if (problem is not null || query is null) return GraphErrors.BadRequest(problem ?? queryProblem!);

        var message = mailboxes.Messages(user, wellKnown).FirstOrDefault(m => m.Id == id);
        if (message is null)
            return GraphErrors.Error(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified object was not found in the store.");
        var json = MessageJson.Write(message, odata.Select, query.Expand);
        json.Insert(0, "@odata.context", $"{ServiceRoot.Of(request)}/$metadata#users('{Uri.EscapeDataString(key)}')/messages/$entity");
        return Results.Json(json);
    }

    private static string? SelectProblem(ODataQuery odata) =>
        odata.Select?.FirstOrDefault(name => !MessageJson.IsSelectable(name)) is { } unknown
            ? $"Could not find a property named '{unknown}' on type 'microsoft.graph.message'."
            : null;

    /// <summary>What Exchange answers for a mailbox that is not in the tenant.</summary>
    private static IResult InvalidUser(string key) =>
        GraphErrors.Error(StatusCodes.Status404NotFound, "ErrorInvalidUser", $"The requested user '{key}' is invalid.");

    private static IResult FolderNotFound() =>
        GraphErrors.Error(StatusCodes.Status404NotFound, "ErrorItemNotFound", "The specified folder could not be found in the store.");
}
