using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>One person's calendar as the slot finder sees it: working hours in their own zone, and busy blocks.</summary>
public sealed class Availability
{
    private readonly Instant[] _starts;
    private readonly Instant[] _ends;

    public Availability(string address, DateTimeZone zone, IReadOnlySet<IsoDayOfWeek> workingDays, LocalTime workStart, LocalTime workEnd, IEnumerable<Interval> busy)
    {
        Address = address;
        Zone = zone;
        WorkingDays = workingDays;
        WorkStart = workStart;
        WorkEnd = workEnd;
        var blocks = busy.Where(b => b.HasStart && b.HasEnd && b.End > b.Start).OrderBy(b => b.Start).ToArray();
        _starts = blocks.Select(b => b.Start).ToArray();
        _ends = blocks.Select(b => b.End).ToArray();
        // Running maximum of ends lets one binary search answer "does anything overlap?".
        for (var i = 1; i < _ends.Length; i++)
            if (_ends[i] < _ends[i - 1]) _ends[i] = _ends[i - 1];
    }

    /// <summary>The SMTP address free/busy was read for.</summary>
    public string Address { get; }
    public DateTimeZone Zone { get; }
    public IReadOnlySet<IsoDayOfWeek> WorkingDays { get; }
    public LocalTime WorkStart { get; }
    public LocalTime WorkEnd { get; }

    /// <summary>True when a busy, tentative or out-of-office block overlaps [start, end).</summary>
    public bool IsBusy(Instant start, Instant end)
    {
        // The last block starting before 'end'; with running-max ends, overlap iff its end is after 'start'.
        var lo = 0;
        var hi = _starts.Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_starts[mid] < end) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && _ends[found] > start;
    }

    /// <summary>True when [start, end) lies inside this person's working hours on a working day, in their own zone.</summary>
    public bool IsWithinWorkingHours(Instant start, Instant end)
    {
        var localStart = start.InZone(Zone).LocalDateTime;
        var localEnd = end.InZone(Zone).LocalDateTime;
        if (!WorkingDays.Contains(localStart.DayOfWeek)) return false;
        if (localStart.TimeOfDay < WorkStart) return false;
        if (localEnd.Date == localStart.Date) return localEnd.TimeOfDay <= WorkEnd;
        return localEnd.Date == localStart.Date.PlusDays(1) && localEnd.TimeOfDay == LocalTime.Midnight && WorkEnd == LocalTime.MaxValue;
    }
}
