using MentorScheduler.Api.Agendas;

namespace MentorScheduler.Api.Tests.Agendas;

/// <summary>
/// When agendas go out (issue 16): at the lead time (7 days) before the session, never before the previous meeting
/// has been held and its notes filed or a day has passed since it ended, and at the latest a day before the session;
/// the reminder ahead of the latest the agenda can go, never before the previous meeting ended.
/// </summary>
public sealed class AgendaTimingTests
{
    private static readonly AgendaOptions Options = new();
    private static readonly Guid Relationship = Guid.NewGuid();

    /// <summary>Meetings of 45 minutes at 14:00 UTC on these days of 2027.</summary>
    private static List<ScheduledMeeting> Meetings(params (int Month, int Day)[] days) =>
        days.Select(d => new DateTimeOffset(2027, d.Month, d.Day, 14, 0, 0, TimeSpan.Zero))
            .Select(start => new ScheduledMeeting(Guid.NewGuid(), Relationship, start, start.AddMinutes(45))).ToList();

    private static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2027, month, day, hour, minute, 0, TimeSpan.Zero);

    public static TheoryData<string, (int, int)[], string?, DateTimeOffset> Cases => new()
    {
        // cadence, meetings, notes of the first filed at (null: never), when the second's agenda goes out
        { "weekly, notes filed early", [(1, 4), (1, 11)], "2027-01-04T16:00:00Z", At(1, 4, 16) },
        { "weekly, notes filed late", [(1, 4), (1, 11)], "2027-01-06T10:00:00Z", At(1, 5, 14, 45) },
        { "weekly, notes never filed", [(1, 4), (1, 11)], null, At(1, 5, 14, 45) },
        { "weekly, notes filed before the meeting ended", [(1, 4), (1, 11)], "2027-01-04T14:30:00Z", At(1, 4, 14, 45) },
        { "biweekly, notes filed early", [(1, 4), (1, 18)], "2027-01-04T16:00:00Z", At(1, 11, 14) },
        { "biweekly, notes never filed", [(1, 4), (1, 18)], null, At(1, 11, 14) },
        { "monthly, notes filed late", [(1, 4), (2, 1)], "2027-01-20T09:00:00Z", At(1, 25, 14) },
        { "monthly, notes never filed", [(1, 4), (2, 1)], null, At(1, 25, 14) },
        { "quarterly, notes filed early", [(1, 4), (4, 5)], "2027-01-04T15:00:00Z", At(3, 29, 14) },
        { "quarterly, notes never filed", [(1, 4), (4, 5)], null, At(3, 29, 14) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void TheSecondAgendaWaitsForTheFirstMeetingAndItsNotes(string cadence, (int, int)[] days, string? filedAt, DateTimeOffset expected)
    {
        var meetings = Meetings(days);
        var filed = filedAt is null ? new Dictionary<Guid, DateTimeOffset>() : new() { [meetings[0].Id] = DateTimeOffset.Parse(filedAt, System.Globalization.CultureInfo.InvariantCulture) };

        var plan = AgendaTiming.Plan(meetings, filed, Options);

        Assert.True(expected == plan[meetings[1].Id].AgendaAt, $"{cadence}: {plan[meetings[1].Id].AgendaAt:O}, expected {expected:O}");
        Assert.Equal(meetings[0].Start - Options.LeadTime, plan[meetings[0].Id].AgendaAt); // the first follows nothing
    }

    [Fact]
    public void AWeeklySequenceSendsEachAgendaOnceTheMeetingBeforeIsFiled()
    {
        var meetings = Meetings((1, 4), (1, 11), (1, 18));
        var filed = new Dictionary<Guid, DateTimeOffset> { [meetings[0].Id] = At(1, 4, 17), [meetings[1].Id] = At(1, 12, 9) };

        var plan = AgendaTiming.Plan(meetings, filed, Options);

        Assert.Equal([At(1, 4, 14).AddDays(-7), At(1, 4, 17), At(1, 12, 9)], meetings.Select(m => plan[m.Id].AgendaAt));
        // The reminder to add items: when the meeting before ends (ahead of the latest the agenda can go).
        Assert.Equal(At(1, 4, 14, 45), plan[meetings[1].Id].ReminderAt);
        Assert.Equal(At(1, 5, 14, 45), plan[meetings[1].Id].AgendaLatest);
        Assert.True(plan[meetings[1].Id].ReminderDue(At(1, 4, 15)));
        Assert.False(plan[meetings[1].Id].ReminderDue(At(1, 4, 17)), "no reminder once the agenda is due");
        Assert.False(plan[meetings[1].Id].AgendaDue(At(1, 4, 16, 59)));
        Assert.True(plan[meetings[1].Id].AgendaDue(At(1, 4, 17)));
    }

    [Fact]
    public void AMovedPreviousMeetingMovesTheWait()
    {
        var meetings = Meetings((1, 4), (1, 11));
        meetings[0] = meetings[0] with { Start = At(1, 6, 14), End = At(1, 6, 14, 45) }; // moved to the Wednesday

        var plan = AgendaTiming.Plan(meetings, new Dictionary<Guid, DateTimeOffset>(), Options);

        Assert.Equal(At(1, 7, 14, 45), plan[meetings[1].Id].AgendaAt);
    }

    [Fact]
    public void WhateverItWaitsForTheAgendaGoesADayAhead()
    {
        var meetings = Meetings((1, 4), (1, 11));
        meetings[0] = meetings[0] with { Start = At(1, 10, 13), End = At(1, 10, 13, 45) }; // moved to the day before

        var plan = AgendaTiming.Plan(meetings, new Dictionary<Guid, DateTimeOffset>(), Options);

        Assert.Equal(At(1, 10, 14), plan[meetings[1].Id].AgendaAt);
    }

    [Fact]
    public void AfterACancelledMeetingTheAgendaFollowsTheLastHeldOne()
    {
        // Meeting 2 (11 January) is cancelled, so it is not among the scheduled ones: meeting 3 follows meeting 1.
        var meetings = Meetings((1, 4), (1, 18));
        var filed = new Dictionary<Guid, DateTimeOffset> { [meetings[0].Id] = At(1, 4, 16) };

        var plan = AgendaTiming.Plan(meetings, filed, Options);

        Assert.Equal(At(1, 11, 14), plan[meetings[1].Id].AgendaAt); // the lead time, the first meeting long filed
        Assert.Equal(meetings[0].End, plan[meetings[1].Id].PreviousEnd);
    }
}
