using System.Text.Json.Nodes;

namespace MentorScheduler.GraphSimulator.Directory;

/// <summary>Writes a user in Graph's JSON shape, honouring <c>$select</c>.</summary>
internal static class UserJson
{
    private static readonly string[] DefaultProperties =
    [
        "businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone",
        "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id",
    ];

    public static JsonObject Write(SeedUser user, IReadOnlyList<string>? select, bool withODataType)
    {
        var all = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase)
        {
            ["id"] = user.Id,
            ["businessPhones"] = new JsonArray(),
            ["displayName"] = user.DisplayName,
            ["givenName"] = user.GivenName,
            ["surname"] = user.Surname,
            ["jobTitle"] = user.JobTitle,
            ["department"] = user.Department,
            ["mail"] = user.Address,
            ["mobilePhone"] = null,
            ["officeLocation"] = user.OfficeLocation,
            ["preferredLanguage"] = "en-GB",
            ["userPrincipalName"] = user.UserPrincipalName,
            ["accountEnabled"] = true,
            ["userType"] = "Member",
        };

        var json = new JsonObject();
        if (withODataType) json["@odata.type"] = "#microsoft.graph.user";
        foreach (var name in select is { Count: > 0 } ? select : DefaultProperties)
        {
            if (all.TryGetValue(name, out var value))
                json[name] = value?.DeepClone();
        }
        return json;
    }
}
