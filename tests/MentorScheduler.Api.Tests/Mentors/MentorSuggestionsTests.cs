using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Mentors;
using MentorScheduler.Api.Tests.Relationships;

namespace MentorScheduler.Api.Tests.Mentors;

/// <summary><c>GET /api/mentors/suggestions</c> (issue 18, point 3): who is never suggested, the ranking's reasons, the Graph calls.</summary>
public sealed class MentorSuggestionsTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private HttpClient _adele = null!;

    public async Task InitializeAsync()
    {
        // Adele's chain: Alex (her manager), Patti (his). Megan is already asked by Adele; Lee is closed; Johanna is full.
        await ProfileAsync("alex.wilber", open: true, ["engineering management"]);
        await ProfileAsync("patti.fernandez", open: true, ["product management"]);
        await ProfileAsync("lee.gu", open: false, []);
        await ProfileAsync("megan.bowen", open: true, ["product marketing"]);
        await ProfileAsync("nestor.wilke", open: true, ["roadmaps", "product management"]);
        await ProfileAsync("isaiah.langer", open: true, []);
        await ProfileAsync("jlorenz", open: true, ["product management"], maxMentees: 1);
        using (var diego = await _app.ClientFor("diego.siciliani"))
            (await diego.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("jlorenz"))).EnsureSuccessStatusCode();
        _adele = await _app.ClientFor("adele.vance");
        (await _adele.PostAsJsonAsync("/api/relationships", RelationshipRequests.Valid("megan.bowen"))).EnsureSuccessStatusCode();
        await _app.OutboxSentAsync(); // the proposals' mails are sent, so that no sendMail falls among the counted calls
    }

    public async Task DisposeAsync()
    {
        _adele.Dispose();
        await _app.DisposeAsync();
    }

    private async Task ProfileAsync(string user, bool open, string[] expertise, int maxMentees = 3)
    {
        using var client = await _app.ClientFor(user);
        (await client.PutAsJsonAsync("/api/me/mentor-profile", new
        {
            openToMentoring = open,
            expertise,
            about = "",
            maxMentees,
            meetingsPerMonth = 6,
            modes = open ? new[] { "teams" } : [],
        })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task NeverTheCallerTheirChainTheirMentorsOrAnyoneClosedOrFullAndTheBestFirstWithReasons()
    {
        var suggestions = await _adele.GetFromJsonAsync<JsonElement>("/api/mentors/suggestions?goals=Move%20into%20product%20management");

        // Alex (depth 1) and Patti (depth 2) manage her, Megan is her mentor already, Lee is closed, Johanna is full.
        Assert.Equal(["Nestor Wilke", "Isaiah Langer"], suggestions.EnumerateArray().Select(s => s.GetProperty("displayName").GetString()!));
        var nestor = suggestions[0];
        Assert.Equal(7.5, nestor.GetProperty("score").GetDouble());
        Assert.Equal(
            [
                "Expertise in product management, which your goal “Move into product management” is about.",
                "Works in Product, outside your own department.",
                "40 hours a week of working hours in common with yours (Europe/London).",
                "Room for 3 more mentees.",
            ],
            nestor.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!));
        // Chicago's 08:00–16:30 against London's 09:00–17:30: 14:00–17:30 London time, five days.
        Assert.Contains("17.5 hours a week of working hours in common with yours (America/Chicago).",
            suggestions[1].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!));
    }

    [Fact]
    public async Task NoOneInAChainThreeManagersDeepIsSuggested()
    {
        // Joni reports to Adele, who reports to Alex, who reports to Patti: all three have authority over her.
        await ProfileAsync("adele.vance", open: true, ["product management"]);
        using var joni = await _app.ClientFor("joni.sherman");

        var suggestions = await joni.GetFromJsonAsync<JsonElement>("/api/mentors/suggestions?count=20&goals=Move%20into%20product%20management");

        Assert.Equal(["Isaiah Langer", "Megan Bowen", "Nestor Wilke"],
            suggestions.EnumerateArray().Select(s => s.GetProperty("displayName").GetString()!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ThreeGraphRequestsWhateverTheCandidatesAndNoneWhileTheAnswerIsKept()
    {
        using var sim = _app.Anonymous();
        (await sim.DeleteAsync("/graph-sim/admin/counters")).EnsureSuccessStatusCode();

        (await _adele.GetAsync("/api/mentors/suggestions?count=3")).EnsureSuccessStatusCode();
        var first = await sim.GetFromJsonAsync<JsonElement>("/graph-sim/admin/counters");
        (await _adele.GetAsync("/api/mentors/suggestions?count=3")).EnsureSuccessStatusCode();
        var second = await sim.GetFromJsonAsync<JsonElement>("/graph-sim/admin/counters");

        // The management chain, one batch of directory entries, one batch of mailbox settings.
        Assert.Equal(3, first.GetProperty("httpRequests").GetInt32());
        Assert.Equal(3, second.GetProperty("httpRequests").GetInt32());
    }

    [Fact]
    public async Task ACountOutOfRangeIsRefusedWithWhatToFix()
    {
        using var response = await _adele.GetAsync("/api/mentors/suggestions?count=0");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("count is a whole number from 1 to 20.", body.GetProperty("errors").GetProperty("count")[0].GetString());
    }

    [Fact]
    public void AnExpertiseTagMatchesAGoalThatSpeaksOfItWhollyOrByItsWords()
    {
        var matches = MentorSuggester.Matches(["product strategy", "roadmaps", "UX", "people management"], ["Set the strategy of my product", "Learn to build roadmaps", "Manage people"]);
        Assert.Equal(["product strategy: Set the strategy of my product", "roadmaps: Learn to build roadmaps"], matches.Select(m => $"{m.Tag}: {m.Goal}"));
    }

    [Theory]
    [InlineData("VP Engineering", CareerLevel.Executive)]
    [InlineData("Director of Product Marketing", CareerLevel.Director)]
    [InlineData("Engineering Manager", CareerLevel.Manager)]
    [InlineData("Senior Product Manager", CareerLevel.Senior)]
    [InlineData("Principal Engineer", CareerLevel.Principal)]
    [InlineData("Sales Associate", CareerLevel.Entry)]
    [InlineData("Software Engineer", CareerLevel.Professional)]
    public void AJobTitleReadsAsACareerLevel(string title, string level) => Assert.Equal(level, CareerLevel.Of(title));
}
