using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Mentors;
using MentorScheduler.Api.Tests.Scheduling;

namespace MentorScheduler.Api.Tests.Mentors;

/// <summary><c>GET /api/me/mentors</c> (issue 18, point 4): the spread of a mentee's mentors, from the record, and the prompt when it is narrow.</summary>
public sealed class MyMentorsTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;

    public async Task InitializeAsync() => _adele = await _app.ClientFor("adele.vance");

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task CurrentMentorsFirstThenPastOnesEachWithLevelFunctionAndExpertiseAndNoGraphCall()
    {
        using (var lee = await _app.ClientFor("lee.gu"))
            (await lee.PutAsJsonAsync("/api/me/mentor-profile", new
            {
                openToMentoring = true,
                expertise = new[] { "distributed systems", "technical leadership" },
                about = "",
                maxMentees = 3,
                meetingsPerMonth = 4,
                modes = new[] { "teams" },
            })).EnsureSuccessStatusCode();
        var leeId = await BookingWorld.Propose(_adele, "lee.gu");
        (await _adele.PostAsJsonAsync($"/api/relationships/{leeId}/end", new { reflection = "Done.", stayInTouch = "none" })).EnsureSuccessStatusCode();
        await BookingWorld.Propose(_adele, "megan.bowen");
        await BookingWorld.Propose(_adele, "nestor.wilke", agree: false);
        var johannaId = await BookingWorld.Propose(_adele, "jlorenz", agree: false);
        using (var johanna = await _app.PersonClient("jlorenz"))
            (await johanna.PostAsJsonAsync($"/api/relationships/{johannaId}/answer", new { answer = "decline", comment = "Not this quarter." })).EnsureSuccessStatusCode();
        await _app.OutboxSentAsync(); // the mails of the answers are sent, so that none falls among the counted calls
        using var sim = _app.Anonymous();
        (await sim.DeleteAsync("/graph-sim/admin/counters")).EnsureSuccessStatusCode();

        var mine = await _adele.GetFromJsonAsync<JsonElement>("/api/me/mentors");

        var mentors = mine.GetProperty("mentors").EnumerateArray().ToList();
        // Johanna declined: she was never Adele's mentor.
        Assert.Equal(["Megan Bowen", "Nestor Wilke", "Lee Gu"], mentors.Select(m => m.GetProperty("displayName").GetString()!));
        Assert.Equal(["agreed", "proposed", "ended"], mentors.Select(m => m.GetProperty("status").GetString()!));
        Assert.Equal([true, true, false], mentors.Select(m => m.GetProperty("current").GetBoolean()));
        Assert.Equal(["Marketing", "Product", "Engineering"], mentors.Select(m => m.GetProperty("department").GetString()!));
        Assert.Equal(["director", "senior", "principal"], mentors.Select(m => m.GetProperty("level").GetString()!));
        Assert.Equal("Principal Engineer", mentors[2].GetProperty("jobTitle").GetString());
        Assert.Equal(["distributed systems", "technical leadership"], mentors[2].GetProperty("expertise").EnumerateArray().Select(e => e.GetString()!));
        Assert.Empty(mentors[0].GetProperty("expertise").EnumerateArray());
        Assert.Equal(leeId, mentors[2].GetProperty("relationshipId").GetString());
        Assert.Equal(_app.Clock.GetUtcNow(), mentors[2].GetProperty("endedAt").GetDateTimeOffset());
        // Three functions, three levels: nothing to prompt.
        Assert.Equal(JsonValueKind.Null, mine.GetProperty("prompt").ValueKind);
        Assert.Empty(await _app.GraphCounters());
    }

    [Fact]
    public async Task MentorsAllAtOneLevelArePromptedAndOnlyTheCallersOwnAreListed()
    {
        using var isaiah = await _app.ClientFor("isaiah.langer");
        await BookingWorld.Propose(isaiah, "nestor.wilke"); // Senior Product Manager
        await BookingWorld.Propose(isaiah, "jlorenz"); // Senior Data Scientist

        var his = await isaiah.GetFromJsonAsync<JsonElement>("/api/me/mentors");
        var adeles = await _adele.GetFromJsonAsync<JsonElement>("/api/me/mentors");

        Assert.Equal(2, his.GetProperty("mentors").GetArrayLength());
        Assert.Equal(
            "All your mentors are at the senior level. A peer, or someone more or less senior, would add another view: try Suggest mentors in New relationship.",
            his.GetProperty("prompt").GetString());
        Assert.Empty(adeles.GetProperty("mentors").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, adeles.GetProperty("prompt").ValueKind);
    }

    [Fact]
    public async Task OneMentorIsPromptedTowardASecond()
    {
        await BookingWorld.Propose(_adele, "megan.bowen");

        var mine = await _adele.GetFromJsonAsync<JsonElement>("/api/me/mentors");

        Assert.StartsWith("Megan Bowen is your only mentor so far.", mine.GetProperty("prompt").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Engineering", "Engineering", "principal", "senior", "All your mentors work in Engineering. Someone from another function would widen your view")]
    [InlineData("Engineering", "engineering", "senior", "senior", "All your mentors work in Engineering, at the senior level.")]
    [InlineData("Engineering", "Product", "senior", "principal", null)]
    [InlineData("Engineering", null, "senior", "senior", "All your mentors are at the senior level.")]
    public void ThePromptNamesWhatEveryMentorHasInCommon(string department1, string? department2, string level1, string level2, string? expected)
    {
        MyMentorDto Mentor(string name, string? department, string level) =>
            new($"{name}@contoso.example", name, null, department, level, [], Guid.NewGuid(), RelationshipStatus.Active, true, DateTimeOffset.UnixEpoch, null);

        var prompt = MyMentorsApi.Prompt([Mentor("A", department1, level1), Mentor("B", department2, level2)]);

        if (expected is null) Assert.Null(prompt);
        else Assert.StartsWith(expected, prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutSignInItIs401()
    {
        using var anonymous = _app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me/mentors")).StatusCode);
    }
}
