namespace MentorScheduler.Api.Telemetry;

/// <summary>One finished sweep.</summary>
public sealed record SweepRun(DateTimeOffset StartedAt, DateTimeOffset FinishedAt, int Looked, int Due, int Agendas, int Reminders, int RenderFailures, TimeSpan Took)
{
    public string Summary => $"{Agendas} agendas and {Reminders} reminders sent; {Due} of {Looked} booked relationships had something due" +
        (RenderFailures > 0 ? $"; {RenderFailures} agendas the template could not render" : "");
}
