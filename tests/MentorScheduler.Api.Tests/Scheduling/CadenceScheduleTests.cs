using MentorScheduler.Api.Core;
using MentorScheduler.Api.Scheduling;
using Microsoft.Graph.Models;
using NodaTime;

namespace MentorScheduler.Api.Tests.Scheduling;

public sealed class CadenceScheduleTests
{
    [Fact]
    public void WeeklyAndBiweeklyStepBySevenAndFourteenDays()
    {
        var monday = new LocalDate(2027, 1, 4);

        Assert.Equal([monday, new(2027, 1, 11), new(2027, 1, 18)], CadenceSchedule.Dates(Frequency.Weekly, monday, 3));
        Assert.Equal([monday, new(2027, 1, 18), new(2027, 2, 1)], CadenceSchedule.Dates(Frequency.Biweekly, monday, 3));
    }

    [Fact]
    public void MonthlyKeepsTheWeekdayAndWeekOfTheMonth()
    {
        var secondWednesday = new LocalDate(2027, 1, 13);

        Assert.Equal([secondWednesday, new(2027, 2, 10), new(2027, 3, 10), new(2027, 4, 14)],
            CadenceSchedule.Dates(Frequency.Monthly, secondWednesday, 4));
    }

    [Fact]
    public void AFifthWeekdayBecomesTheLastOneOfLaterMonths()
    {
        var fifthFriday = new LocalDate(2027, 1, 29);

        var recurrence = CadenceSchedule.Recurrence(Frequency.Monthly, fifthFriday, 4, "GMT Standard Time");

        Assert.Equal(WeekIndex.Last, recurrence.Pattern!.Index);
        Assert.Equal([fifthFriday, new(2027, 2, 26), new(2027, 3, 26), new(2027, 4, 30)],
            CadenceSchedule.Dates(Frequency.Monthly, fifthFriday, 4));
    }

    [Fact]
    public void QuarterlyIsRelativeMonthlyEveryThreeMonths()
    {
        var firstTuesday = new LocalDate(2027, 1, 5);

        var recurrence = CadenceSchedule.Recurrence(Frequency.Quarterly, firstTuesday, 8, "GMT Standard Time");

        Assert.Equal(RecurrencePatternType.RelativeMonthly, recurrence.Pattern!.Type);
        Assert.Equal(3, recurrence.Pattern.Interval);
        Assert.Equal(WeekIndex.First, recurrence.Pattern.Index);
        Assert.Equal([DayOfWeekObject.Tuesday], recurrence.Pattern.DaysOfWeek!.Select(d => d!.Value));
        Assert.Equal(RecurrenceRangeType.Numbered, recurrence.Range!.Type);
        Assert.Equal(8, recurrence.Range.NumberOfOccurrences);
        Assert.Equal([firstTuesday, new(2027, 4, 6), new(2027, 7, 6), new(2027, 10, 5)],
            CadenceSchedule.Dates(Frequency.Quarterly, firstTuesday, 4));
    }

    [Theory]
    [InlineData(Frequency.Weekly, RecurrencePatternType.Weekly, 1)]
    [InlineData(Frequency.Biweekly, RecurrencePatternType.Weekly, 2)]
    [InlineData(Frequency.Monthly, RecurrencePatternType.RelativeMonthly, 1)]
    [InlineData(Frequency.Quarterly, RecurrencePatternType.RelativeMonthly, 3)]
    public void EachCadenceHasItsPatternAndInterval(Frequency frequency, RecurrencePatternType type, int interval)
    {
        var recurrence = CadenceSchedule.Recurrence(frequency, new LocalDate(2027, 1, 4), 6, "GMT Standard Time");

        Assert.Equal(type, recurrence.Pattern!.Type);
        Assert.Equal(interval, recurrence.Pattern.Interval);
        Assert.Equal(new Microsoft.Kiota.Abstractions.Date(2027, 1, 4), recurrence.Range!.StartDate);
        Assert.Equal(6, recurrence.Range.NumberOfOccurrences);
    }
}
