using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Identity;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Reads two people's free/busy and working hours with <c>getSchedule</c>: both in one call per window,
/// windows just under Graph's 62-day limit, times asked for in UTC.
/// </summary>
public sealed class FreeBusyReader(IGraphClients graph, CurrentUser caller)
{
    /// <summary>Graph refuses windows of 62 days or more: each window is one minute short of that.</summary>
    public static readonly Duration MaxWindow = Duration.FromDays(62) - Duration.FromMinutes(1);

    /// <summary>Windows read at once: Outlook allows 4 concurrent requests per mailbox.</summary>
    private const int WindowsInFlight = 4;

    private static readonly HashSet<FreeBusyStatus> Blocking = [FreeBusyStatus.Busy, FreeBusyStatus.Tentative, FreeBusyStatus.Oof];

    /// <summary>The mentee's and the mentor's availability over [from, to), read through the caller's own calendar (delegated).</summary>
    public async Task<(Availability Mentee, Availability Mentor)> ReadAsync(
        string menteeMail, string mentorMail, Instant from, Instant to, DateTimeZone fallbackZone, CancellationToken ct)
    {
        var busy = new Dictionary<string, List<Interval>>(StringComparer.OrdinalIgnoreCase) { [menteeMail] = [], [mentorMail] = [] };
        var tentative = new Dictionary<string, List<Interval>>(StringComparer.OrdinalIgnoreCase) { [menteeMail] = [], [mentorMail] = [] };
        var hours = new Dictionary<string, WorkingHours?>(StringComparer.OrdinalIgnoreCase);
        var windows = new List<(Instant Start, Instant End)>();
        for (var start = from; start < to; start += MaxWindow)
            windows.Add((start, Instant.Min(start + MaxWindow, to)));

        using var inFlight = new SemaphoreSlim(WindowsInFlight);
        var responses = await Task.WhenAll(windows.Select(async window =>
        {
            await inFlight.WaitAsync(ct);
            try
            {
                return await graph.ForCurrentUser().Users[caller.ObjectId].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
                    new GetSchedulePostRequestBody
                    {
                        Schedules = [menteeMail, mentorMail],
                        StartTime = Utc(window.Start),
                        EndTime = Utc(window.End),
                        AvailabilityViewInterval = 15,
                    },
                    rc => rc.Headers.Add("Prefer", "outlook.timezone=\"UTC\""), ct);
            }
            finally
            {
                inFlight.Release();
            }
        }));

        foreach (var response in responses)
        {
            foreach (var schedule in response?.Value ?? [])
            {
                if (schedule.ScheduleId is null || !busy.TryGetValue(schedule.ScheduleId, out var blocks)) continue;
                if (schedule.Error is not null)
                    throw new FreeBusyUnavailableException(schedule.ScheduleId, schedule.Error.Message);
                hours.TryAdd(schedule.ScheduleId, schedule.WorkingHours);
                foreach (var item in schedule.ScheduleItems ?? [])
                {
                    if (item.Status is not { } status || !Blocking.Contains(status)) continue;
                    if (Parse(item.Start) is { } s && Parse(item.End) is { } e && e > s)
                        (status == FreeBusyStatus.Tentative ? tentative[schedule.ScheduleId] : blocks).Add(new Interval(s, e));
                }
            }
        }

        return (Build(menteeMail, hours.GetValueOrDefault(menteeMail), busy[menteeMail], tentative[menteeMail], fallbackZone),
                Build(mentorMail, hours.GetValueOrDefault(mentorMail), busy[mentorMail], tentative[mentorMail], fallbackZone));
    }

    private static Availability Build(string mail, WorkingHours? hours, List<Interval> busy, List<Interval> tentative, DateTimeZone fallbackZone)
    {
        var zone = TimeZones.ToIana(hours?.TimeZone?.Name) is { } iana ? TimeZones.Zone(iana) : fallbackZone;
        var days = hours?.DaysOfWeek?.Where(d => d.HasValue).Select(d => ToIso(d!.Value)).ToHashSet()
            ?? [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];
        var start = hours?.StartTime is { } s ? new LocalTime(s.Hour, s.Minute, s.Second) : new LocalTime(9, 0);
        var end = hours?.EndTime is { } e ? new LocalTime(e.Hour, e.Minute, e.Second) : new LocalTime(17, 0);
        return new Availability(mail, zone, days, start, end, busy, tentative);
    }

    private static DateTimeTimeZone Utc(Instant instant) => new()
    {
        DateTime = instant.ToDateTimeUtc().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        TimeZone = "UTC",
    };

    private static Instant? Parse(DateTimeTimeZone? value) =>
        GraphTime.ToUtc(value) is { } utc ? Instant.FromDateTimeOffset(utc) : null;

    private static IsoDayOfWeek ToIso(Microsoft.Graph.Models.DayOfWeekObject day) => day switch
    {
        Microsoft.Graph.Models.DayOfWeekObject.Monday => IsoDayOfWeek.Monday,
        Microsoft.Graph.Models.DayOfWeekObject.Tuesday => IsoDayOfWeek.Tuesday,
        Microsoft.Graph.Models.DayOfWeekObject.Wednesday => IsoDayOfWeek.Wednesday,
        Microsoft.Graph.Models.DayOfWeekObject.Thursday => IsoDayOfWeek.Thursday,
        Microsoft.Graph.Models.DayOfWeekObject.Friday => IsoDayOfWeek.Friday,
        Microsoft.Graph.Models.DayOfWeekObject.Saturday => IsoDayOfWeek.Saturday,
        _ => IsoDayOfWeek.Sunday,
    };
}
