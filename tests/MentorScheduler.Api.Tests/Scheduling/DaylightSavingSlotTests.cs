using System.Net.Http.Json;
using System.Text.Json;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Scheduling;
using MentorScheduler.Api.Tests.Infrastructure;
using NodaTime;

namespace MentorScheduler.Api.Tests.Scheduling;

/// <summary>
/// Slots across the March 2027 clock changes (14 March in New York, 28 March in London; Singapore keeps its time):
/// every meeting of every conflict-free slot falls inside both people's working hours, each judged in their own
/// zone (issue 11, point 20).
/// </summary>
public sealed class DaylightSavingSlotTests : AdeleTests
{
    [Theory]
    [InlineData("megan.bowen", "America/New_York", "09:00", "17:00")]
    [InlineData("lee.gu", "Asia/Singapore", "09:00", "18:00")]
    public async Task EveryMeetingOfAConflictFreeSlotFitsBothWorkingDaysAcrossTheChanges(string mentor, string mentorZone, string mentorFrom, string mentorTo)
    {
        var id = await BookingWorld.Propose(Adele, mentor, b =>
        {
            b["startDate"] = "2027-03-08";
            b["meetingCount"] = 6;
            b["cadence"]!["durationMinutes"] = 30;
        });

        var slots = await Adele.GetFromJsonAsync<List<JsonElement>>($"/api/relationships/{id}/slots?count=10");

        var free = slots!.Where(s => s.GetProperty("conflicts").GetInt32() == 0).ToList();
        Assert.NotEmpty(free);
        var crossings = 0;
        foreach (var slot in free)
        {
            var first = LocalDateTime.FromDateTime(slot.GetProperty("start").GetDateTime());
            var london = DateTimeZoneProviders.Tzdb["Europe/London"];
            var theirs = DateTimeZoneProviders.Tzdb[mentorZone];
            var offsets = new HashSet<Offset>();
            foreach (var date in CadenceSchedule.Dates(Frequency.Weekly, first.Date, 6))
            {
                var start = date.At(first.TimeOfDay).InZoneLeniently(london);
                var end = start.PlusMinutes(30);
                AssertWithin(start.LocalDateTime, end.LocalDateTime, "09:00", "17:30", "Adele, in London");
                AssertWithin(start.ToInstant().InZone(theirs).LocalDateTime, end.ToInstant().InZone(theirs).LocalDateTime, mentorFrom, mentorTo, $"{mentor}, in {mentorZone}");
                offsets.Add(theirs.GetUtcOffset(start.ToInstant()) - london.GetUtcOffset(start.ToInstant()));
            }
            if (offsets.Count > 1) crossings++;
            Assert.Equal(first.TimeOfDay, LocalDateTime.FromDateTime(slot.GetProperty("start").GetDateTime()).TimeOfDay);
        }
        Assert.True(crossings > 0, "the series span a change of the gap between the two zones");
    }

    private static void AssertWithin(LocalDateTime start, LocalDateTime end, string from, string to, string who)
    {
        var open = NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(from).Value;
        var close = NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(to).Value;
        Assert.True(start.TimeOfDay >= open && end.TimeOfDay <= close && start.Date == end.Date,
            $"{who}: {start:yyyy-MM-dd HH:mm}–{end:HH:mm} is outside {from}–{to}");
        Assert.True(start.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday), $"{who}: {start:yyyy-MM-dd} is a weekend");
    }
}
