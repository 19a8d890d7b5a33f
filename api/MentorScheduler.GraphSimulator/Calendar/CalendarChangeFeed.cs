namespace MentorScheduler.GraphSimulator.Calendar;

/// <summary>Where the calendar tells whoever listens (the notification dispatcher) what changed, after each write.</summary>
public sealed class CalendarChangeFeed
{
    private readonly List<Action<IReadOnlyList<CalendarChange>>> _listeners = [];
    private readonly Lock _gate = new();

    public void Subscribe(Action<IReadOnlyList<CalendarChange>> listener)
    {
        lock (_gate) _listeners.Add(listener);
    }

    public void Publish(IReadOnlyList<CalendarChange> changes)
    {
        if (changes.Count == 0) return;
        Action<IReadOnlyList<CalendarChange>>[] listeners;
        lock (_gate) listeners = [.. _listeners];
        foreach (var listener in listeners) listener(changes);
    }
}
