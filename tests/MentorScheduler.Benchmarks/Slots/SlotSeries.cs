using MentorScheduler.Benchmarks.Infrastructure;

namespace MentorScheduler.Benchmarks.Slots;

/// <summary>
/// One relationship the slots scenario asks for slots, in its own app: Adele may have only one open
/// relationship with Megan at a time (409 relationshipExists), so each cadence gets a fresh app and data folder.
/// </summary>
public sealed record SlotSeries(string Name, string Frequency, int MeetingCount, string Id, BenchApp App, HttpClient Mentee)
{
    public string SlotsPath => $"/api/relationships/{Id}/slots?count=3";
}
