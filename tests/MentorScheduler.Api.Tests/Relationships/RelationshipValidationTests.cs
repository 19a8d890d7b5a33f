using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Relationships;

public sealed class RelationshipValidationTests : AdeleTests
{
    public static TheoryData<string, string?, string> BrokenFields() => new()
    {
        { "mentorUpn", null, "mentorUpn" },
        { "mentorUpn", "\"megan\"", "mentorUpn" },
        { "mentorUpn", "\"two words@contoso.example\"", "mentorUpn" },
        { "purpose", null, "purpose" },
        { "purpose", "\"   \"", "purpose" },
        { "purpose", $"\"{new string('p', 2001)}\"", "purpose" },
        { "goals", null, "goals" },
        { "goals", "[]", "goals" },
        { "goals", "[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\"]", "goals" },
        { "goals", "[\"fine\", \"\"]", "goals[1]" },
        { "goals", $"[\"{new string('g', 501)}\"]", "goals[0]" },
        { "cadence", null, "cadence" },
        { "cadence.frequency", null, "cadence.frequency" },
        { "cadence.frequency", "\"daily\"", "cadence.frequency" },
        { "cadence.frequency", "\"1\"", "cadence.frequency" },
        { "cadence.durationMinutes", null, "cadence.durationMinutes" },
        { "cadence.durationMinutes", "14", "cadence.durationMinutes" },
        { "cadence.durationMinutes", "241", "cadence.durationMinutes" },
        { "startDate", null, "startDate" },
        { "startDate", "\"2026-12-30\"", "startDate" },
        { "meetingCount", null, "meetingCount" },
        { "meetingCount", "0", "meetingCount" },
        { "meetingCount", "53", "meetingCount" },
        { "evaluateAfterMeetings", null, "evaluateAfterMeetings" },
        { "evaluateAfterMeetings", "0", "evaluateAfterMeetings" },
        { "evaluateAfterMeetings", "9", "evaluateAfterMeetings" },
        { "timeZone", "\"Mars/Olympus\"", "timeZone" },
    };

    [Theory]
    [MemberData(nameof(BrokenFields))]
    public async Task EachBrokenRuleIsRefusedNamingItsField(string path, string? json, string field)
    {
        var body = RelationshipRequests.With(path, json is null ? null : JsonNode.Parse(json));

        using var response = await Adele.PostAsJsonAsync("/api/relationships", body);

        await ProblemAssert.ValidationProblem(response, field);
    }

    [Fact]
    public async Task BoundaryValuesAreAccepted()
    {
        var body = RelationshipRequests.Valid();
        body["cadence"]!["durationMinutes"] = 240;
        body["meetingCount"] = 52;
        body["evaluateAfterMeetings"] = 52;
        body["purpose"] = new string('p', 2000);
        body["goals"] = new JsonArray(Enumerable.Range(1, 10).Select(i => (JsonNode)new string('g', 500)).ToArray());

        using var response = await Adele.PostAsJsonAsync("/api/relationships", body);

        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task EveryBrokenFieldIsNamedAtOnce()
    {
        var body = new JsonObject { ["mentorUpn"] = "megan", ["cadence"] = new JsonObject { ["frequency"] = "daily", ["durationMinutes"] = 5 } };

        using var response = await Adele.PostAsJsonAsync("/api/relationships", body);

        await ProblemAssert.ValidationProblem(response, "mentorUpn", "purpose", "goals", "cadence.frequency",
            "cadence.durationMinutes", "startDate", "meetingCount", "evaluateAfterMeetings");
    }

    [Fact]
    public async Task AValueOfTheWrongTypeIsRefusedNamingItsField()
    {
        var body = RelationshipRequests.With("cadence.durationMinutes", "forty-five");

        using var response = await Adele.PostAsJsonAsync("/api/relationships", body);

        await ProblemAssert.ValidationProblem(response, "cadence.durationMinutes");
    }

    [Fact]
    public async Task MalformedJsonIsRefusedWithAProblem()
    {
        using var content = new StringContent("{\"mentorUpn\": ", Encoding.UTF8, "application/json");

        using var response = await Adele.PostAsync("/api/relationships", content);

        await ProblemAssert.Problem(response, System.Net.HttpStatusCode.BadRequest);
    }
}
