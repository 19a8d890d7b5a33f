using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>One person's calendar as the slot finder sees it: working hours in their own zone, and busy blocks.</summary>
public sealed class Availability
{
    private readonly (Instant[] Starts, Instant[] Ends) _firm;
    private readonly (Instant[] Starts, Instant[] Ends) _tentative;

    /// <summary>
    /// A person's availability: <paramref name="busy"/> holds busy and out-of-office blocks, <paramref name="tentative"/>
    /// tentative ones (they keep a slot from being free too, and are named apart when they clash).
    /// </summary>
    public Availability(string address, DateTimeZone zone, IReadOnlySet<IsoDayOfWeek> workingDays, LocalTime workStart, LocalTime workEnd,
        IEnumerable<Interval> busy, IEnumerable<Interval>? tentative = null)
    {
        Address = address;
        Zone = zone;
        WorkingDays = workingDays;
        WorkStart = workStart;
        WorkEnd = workEnd;
        _firm = Index(busy);
        _tentative = Index(tentative ?? []);
    }

    /// <summary>The SMTP address free/busy was read for.</summary>
    public string Address { get; }
    public DateTimeZone Zone { get; }
    public IReadOnlySet<IsoDayOfWeek> WorkingDays { get; }
    public LocalTime WorkStart { get; }
    public LocalTime WorkEnd { get; }

    /// <summary>True when a busy, tentative or out-of-office block overlaps [start, end).</summary>
    public bool IsBusy(Instant start, Instant end) => Overlaps(_firm, start, end) || Overlaps(_tentative, start, end);

    /// <summary>
    /// Why [start, end) is not free: <c>busy</c> (a busy or out-of-office block, which wins), <c>tentative</c>, or null when free.
    /// </summary>
    public string? BlockedBy(Instant start, Instant end) =>
        Overlaps(_firm, start, end) ? "busy" : Overlaps(_tentative, start, end) ? "tentative" : null;

    private static (Instant[] Starts, Instant[] Ends) Index(IEnumerable<Interval> blocks)
    {
        var sorted = blocks.Where(b => b.HasStart && b.HasEnd && b.End > b.Start).OrderBy(b => b.Start).ToArray();
        var starts = sorted.Select(b => b.Start).ToArray();
        var ends = sorted.Select(b => b.End).ToArray();
        // Running maximum of ends lets one binary search answer "does anything overlap?".
        for (var i = 1; i < ends.Length; i++)
            if (ends[i] < ends[i - 1]) ends[i] = ends[i - 1];
        return (starts, ends);
    }

    private static bool Overlaps((Instant[] Starts, Instant[] Ends) blocks, Instant start, Instant end)
    {
        // The last block starting before 'end'; with running-max ends, overlap iff its end is after 'start'.
        var lo = 0;
        var hi = blocks.Starts.Length - 1;
        var found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (blocks.Starts[mid] < end) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 && blocks.Ends[found] > start;
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
