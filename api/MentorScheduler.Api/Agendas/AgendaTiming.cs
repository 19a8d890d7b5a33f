namespace MentorScheduler.Api.Agendas;

/// <summary>
/// When a session's agenda and its reminder go out (issue 16): the agenda at its lead time before the session, but
/// never before the previous meeting that takes place has been held and had its chance to be filed (its notes filed,
/// or <see cref="AgendaOptions.NotesGrace"/> after it ended, whichever comes first), and in any case no later than
/// <see cref="AgendaOptions.LatestBefore"/> before the session. The reminder to add items goes
/// <see cref="AgendaOptions.ReminderBefore"/> ahead of the latest the agenda can go, never before the previous meeting
/// has ended, and not at all once the agenda is due. Pure: the sweep, the pane and the tests ask the same function.
/// </summary>
public static class AgendaTiming
{
    /// <summary>
    /// The plan of every scheduled session given (those of a relationship, any order), by session id. A session's
    /// previous meeting is the latest scheduled one that starts before it (cancelled ones are not given, so a session
    /// after a cancelled one follows the last held one). <paramref name="notesFiled"/>: when each session's notes were
    /// first filed.
    /// </summary>
    public static Dictionary<Guid, SessionTiming> Plan(IEnumerable<ScheduledMeeting> scheduled, IReadOnlyDictionary<Guid, DateTimeOffset> notesFiled, AgendaOptions options)
    {
        var plans = new Dictionary<Guid, SessionTiming>();
        foreach (var relationship in scheduled.GroupBy(s => s.RelationshipId))
        {
            ScheduledMeeting? previous = null;
            foreach (var meeting in relationship.OrderBy(s => s.Start))
            {
                plans[meeting.Id] = For(meeting.Start, previous is null ? null : (previous.End, notesFiled.TryGetValue(previous.Id, out var filed) ? filed : null), options);
                previous = meeting;
            }
        }
        return plans;
    }

    /// <summary>The plan of one session starting at <paramref name="start"/>, after <paramref name="previous"/> (its end and when its notes were filed).</summary>
    public static SessionTiming For(DateTimeOffset start, (DateTimeOffset End, DateTimeOffset? NotesFiledAt)? previous, AgendaOptions options)
    {
        var earliest = start - options.LeadTime;
        var cap = start - options.LatestBefore;
        if (previous is not { } prev)
        {
            var at = Min(earliest, cap);
            return new SessionTiming(at, at, at - options.ReminderBefore, null);
        }
        var grace = prev.End + options.NotesGrace;
        var filed = prev.NotesFiledAt is { } notes ? Max(prev.End, Min(notes, grace)) : grace;
        var agenda = Min(Max(earliest, filed), cap);
        var latest = Min(Max(earliest, grace), cap);
        var reminder = Max(latest - options.ReminderBefore, prev.End);
        return new SessionTiming(agenda, latest, reminder, prev.End);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
