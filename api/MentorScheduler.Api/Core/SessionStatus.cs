namespace MentorScheduler.Api.Core;

/// <summary>Whether the meeting is still on.</summary>
public enum SessionStatus
{
    Scheduled,
    Cancelled,
}
