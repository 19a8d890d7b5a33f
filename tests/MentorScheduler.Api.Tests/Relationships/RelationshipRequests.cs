using System.Text.Json.Nodes;

namespace MentorScheduler.Api.Tests.Relationships;

/// <summary>Request bodies for the relationship tests: the valid one of API.md, changed one field at a time.</summary>
public static class RelationshipRequests
{
    public static JsonObject Valid(string mentor = "megan.bowen") => new()
    {
        ["mentorUpn"] = $"{mentor}@contoso.example",
        ["purpose"] = "Prepare for a move into product management",
        ["goals"] = new JsonArray("Expand my professional network", "Understand organizational politics"),
        ["cadence"] = new JsonObject { ["frequency"] = "weekly", ["durationMinutes"] = 45 },
        ["startDate"] = "2027-01-04",
        ["meetingCount"] = 8,
        ["evaluateAfterMeetings"] = 4,
        ["timeZone"] = "Europe/London",
    };

    /// <summary>The valid body with one JSON path (dots for nesting) replaced, or removed when value is null.</summary>
    public static JsonObject With(string path, JsonNode? value)
    {
        var body = Valid();
        var parts = path.Split('.');
        var target = body;
        foreach (var part in parts[..^1]) target = target[part]!.AsObject();
        if (value is null) target.Remove(parts[^1]);
        else target[parts[^1]] = value;
        return body;
    }
}
