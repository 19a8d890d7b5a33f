using MentorScheduler.Api.Core;
using MentorScheduler.Api.Scheduling;
using NodaTime;

namespace MentorScheduler.Api.Tests.Scheduling;

public sealed class SlotScorerTests
{
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly HashSet<IsoDayOfWeek> Weekdays =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday];

    [Fact]
    public void AMeetingOutsideEitherPersonsHoursInTheirOwnZoneIsAConflict()
    {
        var adele = new Availability("adele", London, Weekdays, new LocalTime(9, 0), new LocalTime(17, 30), []);
        var megan = new Availability("megan", NewYork, Weekdays, new LocalTime(9, 0), new LocalTime(17, 0), []);
        var monday = new LocalDate(2027, 1, 4);

        var best = SlotScorer.Best(Frequency.Weekly, 45, 4, London, [monday.At(new LocalTime(10, 0)), monday.At(new LocalTime(14, 0))], adele, megan, 2);

        Assert.Equal([monday.At(new LocalTime(14, 0)), monday.At(new LocalTime(10, 0))], best.Select(s => s.Start));
        Assert.Equal([0, 4], best.Select(s => s.Conflicts));
    }

    [Fact]
    public void ASlotNamesEachClashWithWhoAndWhyAndWhenDaylightSavingMovesItForOneOfThem()
    {
        var singapore = DateTimeZoneProviders.Tzdb["Asia/Singapore"];
        var monday = new LocalDate(2027, 3, 15);
        var second = monday.PlusWeeks(1).At(new LocalTime(9, 0)).InZoneStrictly(London).ToInstant();
        var nestor = new Availability("nestor", London, Weekdays, new LocalTime(9, 0), new LocalTime(17, 0), []);
        var lee = new Availability("lee", singapore, Weekdays, new LocalTime(9, 0), new LocalTime(17, 30),
            [new Interval(second, second + Duration.FromMinutes(30))]);

        var (clashes, changes) = SlotScorer.Explain(Frequency.Weekly, 45, 4, London, monday.At(new LocalTime(9, 0)), nestor, lee);

        // 09:00 London is 17:00 in Singapore until London's clocks go forward on 28 March; then 16:00.
        Assert.Equal(
            [
                new SlotClash(new DateOnly(2027, 3, 15), "mentor", "outsideHours"),
                new SlotClash(new DateOnly(2027, 3, 22), "mentor", "busy"),
                new SlotClash(new DateOnly(2027, 3, 22), "mentor", "outsideHours"),
            ],
            clashes);
        Assert.Equal([new SlotChange(new DateOnly(2027, 3, 29), "mentor", "Asia/Singapore", "16:00")], changes);
    }

    [Fact]
    public void ATentativeBlockIsNamedApartFromABusyOneAndBusyWinsWhenBothOverlap()
    {
        var monday = new LocalDate(2027, 1, 4);
        Instant At(int week, int hour) => monday.PlusWeeks(week).At(new LocalTime(hour, 0)).InZoneStrictly(London).ToInstant();
        var adele = new Availability("adele", London, Weekdays, new LocalTime(9, 0), new LocalTime(17, 30), []);
        var megan = new Availability("megan", London, Weekdays, new LocalTime(9, 0), new LocalTime(17, 30),
            busy: [new Interval(At(2, 14), At(2, 15))],
            tentative: [new Interval(At(1, 14), At(1, 15)), new Interval(At(2, 13), At(2, 16))]);

        var (clashes, _) = SlotScorer.Explain(Frequency.Weekly, 45, 4, London, monday.At(new LocalTime(14, 0)), adele, megan);
        var best = SlotScorer.Best(Frequency.Weekly, 45, 4, London, [monday.At(new LocalTime(14, 0))], adele, megan, 1);

        Assert.Equal([new SlotClash(new DateOnly(2027, 1, 11), "mentor", "tentative"), new SlotClash(new DateOnly(2027, 1, 18), "mentor", "busy")], clashes);
        Assert.Equal(2, best.Single().Conflicts);
    }

    [Fact]
    public void WhenEverySeriesClashesTheOneThatOnlyMeetsATentativeBlockBeatsOneOutOfSomeonesHours()
    {
        var monday = new LocalDate(2027, 1, 4);
        var adele = new Availability("adele", London, Weekdays, new LocalTime(9, 0), new LocalTime(17, 30), []);
        var megan = new Availability("megan", NewYork, Weekdays, new LocalTime(9, 0), new LocalTime(17, 0), [],
            tentative: [new Interval(monday.AtMidnight().InZoneStrictly(London).ToInstant(), monday.PlusWeeks(8).AtMidnight().InZoneStrictly(London).ToInstant())]);

        // 10:00 London is 05:00 in New York: tentative and out of Megan's hours; 14:00 London is 09:00 there.
        var best = SlotScorer.Best(Frequency.Weekly, 45, 4, London, [monday.At(new LocalTime(10, 0)), monday.At(new LocalTime(14, 0))], adele, megan, 2);

        Assert.Equal([monday.At(new LocalTime(14, 0)), monday.At(new LocalTime(10, 0))], best.Select(s => s.Start));
        Assert.Equal([4, 4], best.Select(s => s.Conflicts));
    }

    [Fact]
    public void EveryOccurrenceIsCheckedNotOnlyTheFirst()
    {
        var monday = new LocalDate(2027, 1, 4);
        var thirdMeeting = monday.PlusWeeks(2).At(new LocalTime(14, 0)).InZoneStrictly(London).ToInstant();
        var adele = new Availability("adele", London, Weekdays, new LocalTime(9, 0), new LocalTime(17, 30),
            [new Interval(thirdMeeting, thirdMeeting + Duration.FromHours(1))]);
        var megan = new Availability("megan", NewYork, Weekdays, new LocalTime(9, 0), new LocalTime(17, 0), []);

        var best = SlotScorer.Best(Frequency.Weekly, 45, 4, London, [monday.At(new LocalTime(14, 0))], adele, megan, 1);

        Assert.Equal(1, best.Single().Conflicts);
    }

    [Fact]
    public void TiesGoToTheEarliestTimeInTheMenteesDayThenTheSoonest()
    {
        var adele = new Availability("adele", London, Weekdays, new LocalTime(0, 0), LocalTime.MaxValue, []);
        var megan = new Availability("megan", London, Weekdays, new LocalTime(0, 0), LocalTime.MaxValue, []);
        var monday = new LocalDate(2027, 1, 4);
        LocalDateTime[] candidates = [monday.PlusDays(1).At(new LocalTime(9, 0)), monday.At(new LocalTime(11, 0)), monday.At(new LocalTime(9, 0))];

        var best = SlotScorer.Best(Frequency.Weekly, 30, 2, London, candidates, adele, megan, 3);

        Assert.Equal([monday.At(new LocalTime(9, 0)), monday.PlusDays(1).At(new LocalTime(9, 0)), monday.At(new LocalTime(11, 0))], best.Select(s => s.Start));
    }

    [Fact]
    public void CandidatesCoverOneCycleOfTheMenteesWorkingDaysEveryQuarterHour()
    {
        var adele = new Availability("adele", London, Weekdays, new LocalTime(9, 0), new LocalTime(17, 30), []);

        var candidates = SlotScorer.Candidates(Frequency.Weekly, new LocalDate(2027, 1, 4), 45, adele).ToList();

        Assert.Equal(5 * 94, candidates.Count); // 00:00 to 23:15 inclusive
        Assert.DoesNotContain(candidates, c => c.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
        Assert.Equal(new LocalDateTime(2027, 1, 8, 23, 15), candidates[^1]);
    }
}
