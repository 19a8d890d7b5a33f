namespace MentorScheduler.Api.Notes;

/// <summary>Open until done.</summary>
public enum ActionStatus
{
    Open,
    Done,
}
