using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Tests.Infrastructure;

namespace MentorScheduler.Api.Tests.Admin;

/// <summary>The program report, the admins' list and the CSV on <see cref="ProgramWorld"/>'s seeded program (issue 17).</summary>
public sealed class ProgramReportTests : IAsyncLifetime
{
    private readonly TestApp _app = new();
    private HttpClient _diego = null!;

    public async Task InitializeAsync()
    {
        using var adele = await _app.ClientFor("adele.vance");
        var me = await adele.GetFromJsonAsync<JsonElement>("/api/me");
        await ProgramWorld.SeedAsync(_app, me.GetProperty("tenantId").GetString()!);
        _diego = await _app.ClientFor("diego.siciliani");
    }

    public async Task DisposeAsync()
    {
        _diego.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task TheReportCountsTheSeededProgramExactlyAndNothingOfAnotherTenant()
    {
        var report = await _diego.GetFromJsonAsync<JsonElement>("/api/admin/program");

        var states = report.GetProperty("relationships");
        Assert.Equal(
            new Dictionary<string, int> { ["proposed"] = 1, ["invited"] = 0, ["active"] = 4, ["declined"] = 1, ["ended"] = 1, ["agreed"] = 0, ["withdrawn"] = 0 },
            states.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32()));
        var sessions = report.GetProperty("sessions");
        Assert.Equal((19, 7, 2), (sessions.GetProperty("held").GetInt32(), sessions.GetProperty("planned").GetInt32(), sessions.GetProperty("cancelled").GetInt32()));
        Assert.Equal(
            ["2026-07 1/0/0", "2026-10 3/0/1", "2026-12 1/0/0", "2027-01 5/0/1", "2027-02 9/0/0", "2027-03 0/5/0", "2027-04 0/2/0"],
            report.GetProperty("sessionsByMonth").EnumerateArray()
                .Select(m => $"{m.GetProperty("month").GetString()} {m.GetProperty("held").GetInt32()}/{m.GetProperty("planned").GetInt32()}/{m.GetProperty("cancelled").GetInt32()}"));
        var evaluations = report.GetProperty("evaluations");
        Assert.Equal((1, 1, 1), (evaluations.GetProperty("due").GetInt32(), evaluations.GetProperty("overdue").GetInt32(), evaluations.GetProperty("done").GetInt32()));
        Assert.Equal(2, report.GetProperty("quiet").GetInt32());
        Assert.Equal(
            ["Megan Bowen 2 4 8", "Lee Gu 1 1 6", "Nestor Wilke 1 0 8"],
            report.GetProperty("mentors").EnumerateArray().Select(m =>
                $"{m.GetProperty("displayName").GetString()} {m.GetProperty("activeMentees").GetInt32()} {m.GetProperty("meetingsThisMonth").GetInt32()} {m.GetProperty("capacity").GetInt32()}"));
        // Days from proposal to the first session held: 11.6, 12.6, 14.6, 22.6, 30.6.
        Assert.Equal(14.6, report.GetProperty("medianDaysToFirstSession").GetDouble());
    }

    [Fact]
    public async Task OnlyProgramAdminsGetTheReportTheListAndTheCsv()
    {
        using var adele = await _app.ClientFor("adele.vance");
        foreach (var path in new[] { "/api/admin/program", "/api/admin/relationships", "/api/admin/program.csv" })
        {
            using var response = await adele.GetAsync(path);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("status=active", "Adele Vance,Alex Wilber,Pradeep Gupta,Patti Fernandez")]
    [InlineData("mentor=LEE.GU@contoso.example", "Pradeep Gupta,Johanna Lorenz")]
    [InlineData("evaluation=due", "Adele Vance,Alex Wilber")]
    [InlineData("quiet=true", "Alex Wilber,Patti Fernandez")]
    [InlineData("search=gupta", "Pradeep Gupta")]
    [InlineData("search=bowen&status=declined", "Grady Archie")]
    public async Task TheListFiltersByStateMentorEvaluationQuietAndName(string query, string mentees)
    {
        var page = await _diego.GetFromJsonAsync<JsonElement>($"/api/admin/relationships?{query}");

        Assert.Equal(mentees.Split(',').Order(), page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("mentee").GetProperty("displayName").GetString()!).Order());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task TheListPagesNewestFirstUntilNextIsNull()
    {
        var seen = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await _diego.GetFromJsonAsync<JsonElement>($"/api/admin/relationships?limit=3{(next is null ? "" : $"&cursor={next}")}");
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("mentee").GetProperty("displayName").GetString()!));
            next = page.GetProperty("next").GetString();
            pages++;
        } while (next is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["Isaiah Langer", "Grady Archie", "Alex Wilber", "Adele Vance", "Pradeep Gupta", "Johanna Lorenz", "Patti Fernandez"], seen);
    }

    [Theory]
    [InlineData("status=paused", "status")]
    [InlineData("evaluation=overdue", "evaluation")]
    [InlineData("quiet=maybe", "quiet")]
    [InlineData("limit=500", "limit")]
    [InlineData("cursor=nonsense", "cursor")]
    public async Task AListAskedWronglyNamesWhatToFix(string query, string field)
    {
        using var response = await _diego.GetAsync($"/api/admin/relationships?{query}");

        await ProblemAssert.ValidationProblem(response, field);
    }

    [Fact]
    public async Task TheCsvHasAHeaderAndOneRowPerRelationshipWithFormulasDefused()
    {
        using var response = await _diego.GetAsync("/api/admin/program.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("mentoring-program-2027-03-01.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(8, lines.Length);
        Assert.StartsWith("Relationship id,Status,Mentee,Mentee email,Mentor,Mentor email,Purpose,Goals,Cadence,", lines[0], StringComparison.Ordinal);
        var adele = lines.Single(l => l.Contains(",Adele Vance,", StringComparison.Ordinal));
        Assert.Contains(",active,Adele Vance,adele.vance@contoso.example,Megan Bowen,megan.bowen@contoso.example,Move into product management,", adele, StringComparison.Ordinal);
        Assert.Contains(",overdue,8,0,0,2026-12-21,2027-01-04 14:00 UTC,", adele, StringComparison.Ordinal);
        // A purpose that would be a formula in a spreadsheet is text, quoted because of its comma and quotes.
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\") lead, \"\"well\"\"\",", lines.Single(l => l.Contains("Alex Wilber", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Elsewhere", StringComparison.Ordinal));
    }
}
