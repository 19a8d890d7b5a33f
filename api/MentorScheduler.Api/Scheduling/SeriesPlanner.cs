using MentorScheduler.Api.Core;
using MentorScheduler.Api.Infrastructure;
using NodaTime;

namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// Plans a series for booking and amending alike: the chosen first meeting, or else the best slot when it
/// suits both people every time; then the mentor's monthly capacity across all their mentees.
/// </summary>
public sealed class SeriesPlanner(SlotFinder finder, CapacityGuard capacity)
{
    /// <summary>The plan, or a refusal that says why (the best slot clashes, or a month would be over capacity).</summary>
    public async Task<(SeriesPlan? Plan, Refusal? Refusal)> PlanAsync(
        Relationship r, LocalDateTime? chosen, string zone, int meetings, CancellationToken ct, LocalDate? notBefore = null)
    {
        var start = chosen;
        if (start is null)
        {
            var slots = await finder.FindAsync(r, 1, ct, meetings, notBefore);
            var best = slots.Count > 0 ? slots[0] : null;
            if (best is null || best.Conflicts > 0)
                return (null, new Refusal("No slot suits you both every time",
                    $"Even the best slot has {best?.Conflicts ?? meetings} of {meetings} meetings that clash with a calendar or fall outside working hours. " +
                    "Choose a slot from /slots, or change the cadence.", "bestSlotHasConflicts"));
            start = LocalDateTime.FromDateTime(best.Start);
        }

        var first = start.Value;
        var instants = CadenceSchedule.Dates(r.Frequency, first.Date, meetings)
            .Select(d => d.At(first.TimeOfDay).InZoneLeniently(TimeZones.Zone(zone)).ToInstant());
        if (await capacity.CheckAsync(r, instants, ct) is { } over)
            return (null, new Refusal("Over the mentor's capacity", over, "mentorCapacityExceeded"));
        return (new SeriesPlan(first, zone, meetings), null);
    }
}
