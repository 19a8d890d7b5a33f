namespace MentorScheduler.Api.Agendas;

/// <summary>
/// When a session's agenda goes out (<see cref="AgendaAt"/>; <see cref="AgendaLatest"/> if the previous meeting's notes
/// are never filed) and when the mentee's reminder goes (<see cref="ReminderAt"/>; none is sent once the agenda is due).
/// <see cref="PreviousEnd"/>: when the meeting it follows ends, if there is one.
/// </summary>
public sealed record SessionTiming(DateTimeOffset AgendaAt, DateTimeOffset AgendaLatest, DateTimeOffset ReminderAt, DateTimeOffset? PreviousEnd)
{
    public bool AgendaDue(DateTimeOffset now) => now >= AgendaAt;

    public bool ReminderDue(DateTimeOffset now) => now >= ReminderAt && now < AgendaAt;
}
