using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorScheduler.GraphSimulator.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MentorScheduler.GraphSimulator.Directory;

/// <summary>Graph's user routes: a user, the manager chain, mailbox settings and a people list.</summary>
internal static partial class UsersRoutes
{
    public static void MapUsers(this IEndpointRouteBuilder graph)
    {
        graph.MapGet("/users", ListUsers);
        graph.MapGet("/users/{key}", GetUser);
        graph.MapGet("/users/{key}/manager", GetManager);
        graph.MapGet("/users/{key}/mailboxSettings", GetMailboxSettings);
    }

    private static IResult GetUser(string key, HttpRequest request, SimulatedDirectory directory)
    {
        var user = directory.Find(key);
        if (user is null) return GraphErrors.UserNotFound(key);

        var query = ODataQuery.From(request);
        var json = UserJson.Write(user, query.Select, withODataType: false);
        json.Insert(0, "@odata.context", $"{ServiceRoot.Of(request)}/$metadata#users/$entity");
        if (query.Expand is not null)
        {
            var expand = ExpandOption.Parse(query.Expand);
            if (!string.Equals(expand.Property, "manager", StringComparison.OrdinalIgnoreCase))
                return GraphErrors.BadRequest($"Could not find a property named '{expand.Property}' on type 'microsoft.graph.user'.");
            var manager = WriteChain(directory, user, expand.Levels, expand.Select);
            if (manager is not null) json["manager"] = manager;
        }
        return Results.Json(json);
    }

    private static JsonObject? WriteChain(SimulatedDirectory directory, SeedUser user, int levels, IReadOnlyList<string>? select)
    {
        var manager = directory.ManagerOf(user);
        if (manager is null || levels <= 0) return null;
        var json = UserJson.Write(manager, select, withODataType: true);
        var above = WriteChain(directory, manager, levels - 1, select);
        if (above is not null) json["manager"] = above;
        return json;
    }

    private static IResult GetManager(string key, HttpRequest request, SimulatedDirectory directory)
    {
        var user = directory.Find(key);
        if (user is null) return GraphErrors.UserNotFound(key);
        var manager = directory.ManagerOf(user);
        if (manager is null) return GraphErrors.UserNotFound("manager");
        var json = UserJson.Write(manager, ODataQuery.From(request).Select, withODataType: true);
        json.Insert(0, "@odata.context", $"{ServiceRoot.Of(request)}/$metadata#directoryObjects/$entity");
        return Results.Json(json);
    }

    private static IResult GetMailboxSettings(string key, HttpRequest request, SimulatedDirectory directory)
    {
        var user = directory.Find(key);
        if (user is null) return GraphErrors.UserNotFound(key);
        var windowsZone = TimeZoneNames.ToWindows(user.TimeZone);
        return Results.Json(new JsonObject
        {
            ["@odata.context"] = $"{ServiceRoot.Of(request)}/$metadata#users('{user.UserPrincipalName}')/mailboxSettings",
            ["archiveFolder"] = "AQMkAD",
            ["timeZone"] = windowsZone,
            ["dateFormat"] = "dd/MM/yyyy",
            ["timeFormat"] = "HH:mm",
            ["userPurpose"] = "user",
            ["delegateMeetingMessageDeliveryOptions"] = "sendToDelegateOrInformationOnly",
            ["automaticRepliesSetting"] = new JsonObject { ["status"] = "disabled", ["externalAudience"] = "all" },
            ["language"] = new JsonObject { ["locale"] = "en-GB", ["displayName"] = "English (United Kingdom)" },
            ["workingHours"] = new JsonObject
            {
                ["daysOfWeek"] = new JsonArray("monday", "tuesday", "wednesday", "thursday", "friday"),
                ["startTime"] = user.WorkingHours.Start.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + ".0000000",
                ["endTime"] = user.WorkingHours.End.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + ".0000000",
                ["timeZone"] = new JsonObject { ["name"] = windowsZone },
            },
        });
    }

    /// <summary><c>GET /users</c> with <c>$filter=startswith(prop,'x') or …</c>, <c>$search="prop:x" OR …</c> (with <c>ConsistencyLevel: eventual</c>), <c>$top</c> and <c>$skip</c> paging.</summary>
    private static IResult ListUsers(HttpRequest request, SimulatedDirectory directory)
    {
        var query = ODataQuery.From(request);
        IEnumerable<SeedUser> users = directory.Users.OrderBy(u => u.DisplayName, StringComparer.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(query.Filter))
        {
            var clauses = StartsWith().Matches(query.Filter);
            if (clauses.Count == 0)
                return GraphErrors.BadRequest($"Invalid filter clause: the simulator supports startswith(property,'value') joined by 'or'; got '{query.Filter}'.");
            users = users.Where(u => clauses.Any(c => PropertyOf(u, c.Groups["prop"].Value)
                .StartsWith(c.Groups["value"].Value.Replace("''", "'", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // As Graph: $search on directory objects is an advanced query, refused without ConsistencyLevel: eventual.
            if (!string.Equals(request.Headers["ConsistencyLevel"].ToString(), "eventual", StringComparison.OrdinalIgnoreCase))
                return GraphErrors.BadRequest("Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'");
            var terms = SearchTerm().Matches(query.Search);
            if (terms.Count == 0)
                return GraphErrors.BadRequest($"Syntax error: the $search value must be \"property:text\" clauses joined by OR; got '{query.Search}'.");
            users = users.Where(u => terms.Any(t => Tokenized(PropertyOf(u, t.Groups["prop"].Value), t.Groups["value"].Value)));
        }

        var all = users.ToList();
        var top = Math.Clamp(query.Top ?? 100, 1, 999);
        var page = all.Skip(query.Skip).Take(top).ToList();
        var json = new JsonObject
        {
            ["@odata.context"] = $"{ServiceRoot.Of(request)}/$metadata#users",
            ["value"] = new JsonArray(page.Select(u => (JsonNode)UserJson.Write(u, query.Select, withODataType: false)).ToArray()),
        };
        if (query.Skip + top < all.Count)
            json["@odata.nextLink"] = ServiceRoot.NextLink(request, query.Skip + top);
        return Results.Json(json);
    }

    private static string PropertyOf(SeedUser user, string property) => property.ToUpperInvariant() switch
    {
        "DISPLAYNAME" => user.DisplayName,
        "GIVENNAME" => user.GivenName,
        "SURNAME" => user.Surname,
        "MAIL" => user.Address,
        "USERPRINCIPALNAME" => user.UserPrincipalName,
        "JOBTITLE" => user.JobTitle,
        "DEPARTMENT" => user.Department,
        "OFFICELOCATION" => user.OfficeLocation,
        _ => string.Empty,
    };

    /// <summary>
    /// Graph's $search on directory properties: the text matches the start of any word of the value (words split at
    /// spaces, punctuation and lower-to-upper case changes), or the start of the whole value, case-insensitively.
    /// </summary>
    private static bool Tokenized(string value, string text)
    {
        text = text.Trim();
        if (text.Length == 0) return false;
        if (value.StartsWith(text, StringComparison.OrdinalIgnoreCase)) return true;
        for (var i = 1; i < value.Length; i++)
        {
            var boundary = !char.IsLetterOrDigit(value[i - 1]) || (char.IsLower(value[i - 1]) && char.IsUpper(value[i]));
            if (boundary && char.IsLetterOrDigit(value[i]) && value.AsSpan(i).StartsWith(text, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    [GeneratedRegex(@"""(?<prop>\w+):(?<value>[^""]*)""")]
    private static partial Regex SearchTerm();

    [GeneratedRegex(@"startswith\(\s*(?<prop>\w+)\s*,\s*'(?<value>(?:[^']|'')*)'\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWith();
}
