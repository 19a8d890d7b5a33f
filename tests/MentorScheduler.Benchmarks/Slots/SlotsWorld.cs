using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Benchmarks.Infrastructure;

namespace MentorScheduler.Benchmarks.Slots;

/// <summary>
/// Adele's two proposed relationships with Megan: weekly for a year (52 meetings) and quarterly for two years
/// (8 meetings), both 45 minutes from 2027-01-04 in Europe/London. Started once per run; the BenchmarkDotNet
/// class, run in this process, finds it in <see cref="Current"/>.
/// </summary>
public sealed class SlotsWorld : IAsyncDisposable
{
    public const string Mentee = "adele.vance@contoso.example";
    public const string Mentor = "megan.bowen@contoso.example";

    private readonly List<SlotSeries> _series = [];
    private readonly Dictionary<string, IReadOnlyList<(DateTime Start, DateTime End)>> _windows = [];

    public static SlotsWorld? Current { get; set; }

    public IReadOnlyList<SlotSeries> Series => _series;

    public SlotSeries this[string name] => _series.Single(s => s.Name == name);

    /// <summary>The getSchedule windows (UTC) one slots call of this series asked for, once recorded.</summary>
    public IReadOnlyList<(DateTime Start, DateTime End)> WindowsOf(string name) => _windows.GetValueOrDefault(name) ?? [];

    public void RecordWindows(string name, IReadOnlyList<(DateTime Start, DateTime End)> windows) => _windows[name] = windows;

    public static async Task<SlotsWorld> StartAsync()
    {
        var world = new SlotsWorld();
        try
        {
            await world.ProposeAsync("weekly", 52);
            await world.ProposeAsync("quarterly", 8);
            return world;
        }
        catch
        {
            await world.DisposeAsync();
            throw;
        }
    }

    private async Task ProposeAsync(string frequency, int meetingCount)
    {
        var app = new BenchApp();
        HttpClient? adele = null;
        try
        {
            adele = await app.ClientFor(Mentee);
            using var response = await adele.PostAsJsonAsync("/api/relationships", new
            {
                mentorUpn = Mentor,
                purpose = "Prepare for a move into product management",
                goals = new[] { "Expand my professional network", "Understand organizational politics" },
                cadence = new { frequency, durationMinutes = 45 },
                startDate = "2027-01-04",
                meetingCount,
                evaluateAfterMeetings = 4,
                timeZone = "Europe/London",
            });
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Proposing the {frequency} relationship answered {(int)response.StatusCode}: {text}");
            var id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetString()!;
            _series.Add(new SlotSeries($"{frequency}-{meetingCount}", frequency, meetingCount, id, app, adele));
        }
        catch
        {
            adele?.Dispose();
            await app.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var series in _series)
        {
            series.Mentee.Dispose();
            await series.App.DisposeAsync();
        }
        _series.Clear();
    }
}
