using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorScheduler.Api.Tests.Relationships;

namespace MentorScheduler.Api.Tests.Mentors;

/// <summary><c>/api/me/mentor-profile</c> and the rules it sets on proposals (issue 18, point 1).</summary>
public sealed class MentorProfileTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;
    private HttpClient _megan = null!;
    private HttpClient _nestor = null!;

    public async Task InitializeAsync()
    {
        _adele = await _app.ClientFor("adele.vance");
        _megan = await _app.ClientFor("megan.bowen");
        _nestor = await _app.ClientFor("nestor.wilke");
    }

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        _megan.Dispose();
        _nestor.Dispose();
        await _app.DisposeAsync();
    }

    private static object Profile(bool open = true, string[]? expertise = null, int maxMentees = 3, int meetingsPerMonth = 4, string[]? modes = null) => new
    {
        openToMentoring = open,
        expertise = expertise ?? ["product management"],
        about = "Moves from engineering into product.",
        maxMentees,
        meetingsPerMonth,
        modes = modes ?? ["teams", "inPerson"],
    };

    [Fact]
    public async Task WithoutAProfileTheDefaultsAreShownAsNotSaved()
    {
        var profile = await _megan.GetFromJsonAsync<JsonElement>("/api/me/mentor-profile");

        Assert.False(profile.GetProperty("saved").GetBoolean());
        Assert.False(profile.GetProperty("openToMentoring").GetBoolean());
        Assert.Equal(8, profile.GetProperty("meetingsPerMonth").GetInt32()); // Scheduling:DefaultMentorCapacity
        Assert.Equal(0, profile.GetProperty("expertise").GetArrayLength());
    }

    [Fact]
    public async Task ASavedProfileReadsBackAndItsMeetingsAMonthAreTheCapacityBookingChecks()
    {
        using var saved = await _megan.PutAsJsonAsync("/api/me/mentor-profile",
            Profile(expertise: ["Product marketing", " storytelling ", "product MARKETING"], maxMentees: 2, meetingsPerMonth: 5, modes: ["phone", "teams"]));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var profile = await _megan.GetFromJsonAsync<JsonElement>("/api/me/mentor-profile");
        Assert.True(profile.GetProperty("saved").GetBoolean());
        Assert.Equal(["Product marketing", "storytelling"], profile.GetProperty("expertise").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(["teams", "phone"], profile.GetProperty("modes").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(2, profile.GetProperty("maxMentees").GetInt32());
        var capacity = await _megan.GetFromJsonAsync<JsonElement>("/api/me/capacity");
        Assert.Equal(5, capacity.GetProperty("meetingsPerMonth").GetInt32());
    }

    [Fact]
    public async Task EachWrongFieldIsNamedWithWhatToFixAndNothingIsSaved()
    {
        using var response = await _megan.PutAsJsonAsync("/api/me/mentor-profile", new
        {
            expertise = new[] { "", new string('x', 51) },
            about = new string('a', 1001),
            maxMentees = 0,
            meetingsPerMonth = 61,
            modes = new[] { "carrier pigeon" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal(["about", "expertise", "maxMentees", "meetingsPerMonth", "modes", "openToMentoring"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Equal("'carrier pigeon' is not a way of meeting: use teams, inPerson or phone.", errors["modes"]![0]!.GetValue<string>());
        Assert.False((await _megan.GetFromJsonAsync<JsonElement>("/api/me/mentor-profile")).GetProperty("saved").GetBoolean());
    }

    [Fact]
    public async Task SomeoneNotOpenToMentoringCannotBeProposedAndNothingIsRecorded()
    {
        (await _megan.PutAsJsonAsync("/api/me/mentor-profile", Profile(open: false, modes: []))).EnsureSuccessStatusCode();

        using var refused = await _adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("megan.bowen"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("notOpenToMentoring", problem!["code"]!.GetValue<string>());
        Assert.StartsWith("Megan Bowen is not taking mentees at the moment", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await _adele.GetFromJsonAsync<JsonArray>("/api/relationships"))!);
        Assert.Empty(await _app.OutboxAsync());
    }

    [Fact]
    public async Task AMentorAtTheirMostMenteesCannotBeProposedUntilOneLeaves()
    {
        (await _nestor.PutAsJsonAsync("/api/me/mentor-profile", Profile(maxMentees: 1))).EnsureSuccessStatusCode();
        using var first = await _adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("nestor.wilke"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        using var alex = await _app.ClientFor("alex.wilber");
        using var full = await alex.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("nestor.wilke"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, full.StatusCode);
        var problem = await full.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("mentorFull", problem!["code"]!.GetValue<string>());
        Assert.Equal("Nestor Wilke already has 1 mentee, the most they take at once (1). Choose someone else, or ask them later.", problem["detail"]!.GetValue<string>());

        (await _adele.PostAsJsonAsync($"/api/relationships/{firstId}/withdraw", new { })).EnsureSuccessStatusCode();
        using var room = await alex.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("nestor.wilke"));
        Assert.Equal(HttpStatusCode.Created, room.StatusCode);
    }

    [Fact]
    public async Task TheTenantsMostUsedExpertiseIsSuggestedMostUsedFirst()
    {
        (await _megan.PutAsJsonAsync("/api/me/mentor-profile", Profile(expertise: ["Product marketing", "storytelling"]))).EnsureSuccessStatusCode();
        (await _nestor.PutAsJsonAsync("/api/me/mentor-profile", Profile(expertise: ["product marketing", "roadmaps"]))).EnsureSuccessStatusCode();

        var profile = await _adele.GetFromJsonAsync<JsonElement>("/api/me/mentor-profile");

        Assert.Equal(["Product marketing", "roadmaps", "storytelling"], profile.GetProperty("suggestedExpertise").EnumerateArray().Select(e => e.GetString()!));
    }
}
