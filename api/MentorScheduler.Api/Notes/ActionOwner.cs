namespace MentorScheduler.Api.Notes;

/// <summary>Who does it.</summary>
public enum ActionOwner
{
    Mentee,
    Mentor,
}
