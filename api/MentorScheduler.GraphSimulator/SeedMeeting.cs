namespace MentorScheduler.GraphSimulator;

/// <summary>A weekly meeting with no end, organised in the organiser's own time zone.</summary>
public sealed record SeedMeeting(
    string Organizer,
    string Subject,
    DateTime Start,
    DateTime End,
    IReadOnlyList<string> DaysOfWeek,
    string ShowAs);
