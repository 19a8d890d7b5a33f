using MentorScheduler.GraphSimulator.Calendar;
using NodaTime;

namespace MentorScheduler.GraphSimulator.Tests.Calendar;

public sealed class RecurrenceExpanderTests
{
    private static readonly IsoDayOfWeek[] Week = [.. Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d)];

    [Fact]
    public void HundredsOfGeneratedPatternsMatchTheNaiveDayByDayReference()
    {
        var random = new Random(20270104);
        var checkedTypes = new HashSet<RecurrencePatternType>();
        for (var i = 0; i < 600; i++)
        {
            var recurrence = Generate(random);
            RecurrenceRules.Validate(recurrence, recurrence.Range.StartDate);
            var horizon = recurrence.Range.StartDate.PlusYears(4);

            var expected = NaiveRecurrence.Dates(recurrence, horizon);
            var actual = RecurrenceExpander.Dates(recurrence).TakeWhile(d => d <= horizon).ToList();

            var firstDifference = Enumerable.Range(0, Math.Max(expected.Count, actual.Count))
                .FirstOrDefault(k => k >= expected.Count || k >= actual.Count || expected[k] != actual[k], -1);
            Assert.True(firstDifference < 0,
                $"Case {i}: {recurrence.Pattern.Type} every {recurrence.Pattern.Interval} from {recurrence.Range.StartDate:uuuu-MM-dd} ({recurrence.Range.Type}): " +
                $"first difference at #{firstDifference}: expected {string.Join(",", expected.Skip(firstDifference).Take(3))}, actual {string.Join(",", actual.Skip(firstDifference).Take(3))}");
            checkedTypes.Add(recurrence.Pattern.Type);
        }
        Assert.Equal(6, checkedTypes.Count);
    }

    [Fact]
    public void MonthlyOnTheLastFridayFindsTheLastFridayOfEachMonth()
    {
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.RelativeMonthly, 1, [IsoDayOfWeek.Friday], Index: WeekIndex.Last),
            new RecurrenceRange(RecurrenceRangeType.Numbered, new LocalDate(2027, 1, 29), NumberOfOccurrences: 6));

        Assert.Equal(Dates("2027-01-29", "2027-02-26", "2027-03-26", "2027-04-30", "2027-05-28", "2027-06-25"), RecurrenceExpander.Dates(recurrence));
    }

    [Fact]
    public void RelativeMonthlyEveryThreeMonthsIsQuarterly()
    {
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.RelativeMonthly, 3, [IsoDayOfWeek.Tuesday], Index: WeekIndex.First),
            new RecurrenceRange(RecurrenceRangeType.Numbered, new LocalDate(2027, 1, 5), NumberOfOccurrences: 4));

        Assert.Equal(Dates("2027-01-05", "2027-04-06", "2027-07-06", "2027-10-05"), RecurrenceExpander.Dates(recurrence));
    }

    [Fact]
    public void AnEndDateRangeIncludesItsEndDate()
    {
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.Weekly, 1, [IsoDayOfWeek.Monday, IsoDayOfWeek.Wednesday]),
            new RecurrenceRange(RecurrenceRangeType.EndDate, new LocalDate(2027, 1, 4), EndDate: new LocalDate(2027, 1, 20)));

        Assert.Equal(Dates("2027-01-04", "2027-01-06", "2027-01-11", "2027-01-13", "2027-01-18", "2027-01-20"), RecurrenceExpander.Dates(recurrence));
    }

    [Fact]
    public void ANumberedRangeStopsAfterItsCount()
    {
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.Daily, 2, []),
            new RecurrenceRange(RecurrenceRangeType.Numbered, new LocalDate(2027, 2, 26), NumberOfOccurrences: 3));

        Assert.Equal(Dates("2027-02-26", "2027-02-28", "2027-03-02"), RecurrenceExpander.Dates(recurrence));
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Sunday, "2027-01-03,2027-01-04,2027-01-17,2027-01-18,2027-01-31")]
    [InlineData(IsoDayOfWeek.Monday, "2027-01-03,2027-01-11,2027-01-17,2027-01-25,2027-01-31")]
    public void EveryOtherWeekCountsWeeksFromTheWeekHoldingTheStartBeginningOnFirstDayOfWeek(IsoDayOfWeek firstDayOfWeek, string expected)
    {
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.Weekly, 2, [IsoDayOfWeek.Sunday, IsoDayOfWeek.Monday], FirstDayOfWeek: firstDayOfWeek),
            new RecurrenceRange(RecurrenceRangeType.Numbered, new LocalDate(2027, 1, 3), NumberOfOccurrences: 5));

        Assert.Equal(Dates(expected.Split(',')), RecurrenceExpander.Dates(recurrence));
    }

    [Fact]
    public void TheFirstOccurrenceIsTheFirstDayThatFitsThePattern()
    {
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.Weekly, 1, [IsoDayOfWeek.Tuesday]),
            new RecurrenceRange(RecurrenceRangeType.NoEnd, new LocalDate(2027, 1, 4)));

        Assert.Equal(new LocalDate(2027, 1, 5), RecurrenceExpander.Dates(recurrence).First());
    }

    [Fact]
    public void DayThirtyOneFallsOnTheLastDayOfShorterMonths()
    {
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.AbsoluteMonthly, 1, [], DayOfMonth: 31),
            new RecurrenceRange(RecurrenceRangeType.Numbered, new LocalDate(2027, 1, 31), NumberOfOccurrences: 4));

        Assert.Equal(Dates("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"), RecurrenceExpander.Dates(recurrence));
    }

    [Fact]
    public void AWeeklyLondonSeriesKeepsItsLocalTimeAcrossTheSpringChange()
    {
        var london = DateTimeZoneProviders.Tzdb["Europe/London"];
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.Weekly, 1, [IsoDayOfWeek.Tuesday]),
            new RecurrenceRange(RecurrenceRangeType.Numbered, new LocalDate(2027, 3, 16), NumberOfOccurrences: 3));

        var occurrences = RecurrenceExpander.Occurrences(recurrence, new LocalTime(14, 0), Period.FromHours(1), london).ToList();

        Assert.All(occurrences, o => Assert.Equal(new LocalTime(14, 0), o.Start.InZone(london).TimeOfDay));
        Assert.Equal([new LocalTime(10, 0), new LocalTime(10, 0), new LocalTime(9, 0)], occurrences.Select(o => o.Start.InZone(newYork).TimeOfDay));
        Assert.All(occurrences, o => Assert.Equal(Duration.FromHours(1), o.End - o.Start));
    }

    [Fact]
    public void ASkippedLocalTimeMovesForwardLeniently()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var recurrence = Recurrence(new RecurrencePattern(RecurrencePatternType.Daily, 1, []),
            new RecurrenceRange(RecurrenceRangeType.Numbered, new LocalDate(2027, 3, 13), NumberOfOccurrences: 2));

        var occurrences = RecurrenceExpander.Occurrences(recurrence, new LocalTime(2, 30), Period.FromMinutes(30), newYork).ToList();

        Assert.Equal(new LocalTime(3, 30), occurrences[1].Start.InZone(newYork).TimeOfDay);
    }

    private static PatternedRecurrence Recurrence(RecurrencePattern pattern, RecurrenceRange range) => new(pattern, range);

    private static LocalDate[] Dates(params string[] dates) =>
        [.. dates.Select(d => NodaTime.Text.LocalDatePattern.Iso.Parse(d).Value)];

    private static PatternedRecurrence Generate(Random random)
    {
        var type = (RecurrencePatternType)random.Next(6);
        var interval = random.Next(4) == 0 ? random.Next(2, 5) : 1;
        var days = Week.Where(_ => random.Next(3) == 0).ToList();
        if (days.Count == 0) days.Add(Week[random.Next(7)]);
        var month = random.Next(1, 13);
        var maxDay = type == RecurrencePatternType.AbsoluteYearly ? CalendarSystem.Iso.GetDaysInMonth(2000, month) : 31;
        var pattern = new RecurrencePattern(type, interval, days, random.Next(1, maxDay + 1), month,
            (WeekIndex)random.Next(5), Week[random.Next(7)]);

        var start = new LocalDate(2024, 1, 1).PlusDays(random.Next(2500));
        var range = random.Next(3) switch
        {
            0 => new RecurrenceRange(RecurrenceRangeType.EndDate, start, EndDate: start.PlusDays(random.Next(0, 900))),
            1 => new RecurrenceRange(RecurrenceRangeType.Numbered, start, NumberOfOccurrences: random.Next(1, 25)),
            _ => new RecurrenceRange(RecurrenceRangeType.NoEnd, start),
        };
        return new PatternedRecurrence(pattern, range);
    }
}
