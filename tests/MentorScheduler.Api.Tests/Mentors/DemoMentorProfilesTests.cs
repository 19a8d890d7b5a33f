using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Simulation;
using MentorScheduler.Api.Tests.Relationships;

namespace MentorScheduler.Api.Tests.Mentors;

/// <summary>
/// The preview's demo tenant comes with mentor profiles (issue 18, point 5), so that its suggestions are worth looking
/// at: seeded into the record at start in Simulated mode, and ruled by like any profile.
/// </summary>
public sealed class DemoMentorProfilesTests : IAsyncLifetime
{
    private readonly TestApp _app = new TestApp().WithSetting(DemoMentorProfiles.SettingKey, "true");
    private HttpClient _adele = null!;

    public async Task InitializeAsync() => _adele = await _app.ClientFor("adele.vance");

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task TheDemoMentorsHaveProfilesAndTheTenantsExpertiseIsSuggested()
    {
        using var lee = await _app.ClientFor("lee.gu");

        var profile = await lee.GetFromJsonAsync<JsonElement>("/api/me/mentor-profile");

        Assert.True(profile.GetProperty("saved").GetBoolean());
        Assert.True(profile.GetProperty("openToMentoring").GetBoolean());
        Assert.Equal(["distributed systems", "technical leadership", "architecture"], profile.GetProperty("expertise").EnumerateArray().Select(e => e.GetString()!));
        Assert.Equal(2, profile.GetProperty("maxMentees").GetInt32());
        // The tags two demo mentors share come first.
        Assert.Equal(["career growth", "product management", "technical leadership"],
            profile.GetProperty("suggestedExpertise").EnumerateArray().Select(e => e.GetString()!).Take(3));
    }

    [Fact]
    public async Task AdelesSuggestionsForAProductGoalPutNestorFirstAndNeverHerManagersOrLynneWhoIsNotMentoring()
    {
        var suggestions = await _adele.GetFromJsonAsync<JsonElement>("/api/mentors/suggestions?count=20&goals=Move%20into%20product%20management");

        var names = suggestions.EnumerateArray().Select(s => s.GetProperty("displayName").GetString()!).ToList();
        Assert.Equal("Nestor Wilke", names[0]);
        Assert.Contains("Henrietta Mueller", names); // a peer: same level and manager, no authority over her
        Assert.Contains("Miriam Graham", names);
        Assert.DoesNotContain("Patti Fernandez", names); // her manager's manager, though she mentors
        Assert.DoesNotContain("Lynne Robbins", names);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public async Task LynnesProfileSaysSheIsNotMentoringSoSheCannotBeProposed()
    {
        using var response = await _adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("lynne.robbins"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("notOpenToMentoring", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
    }
}
