namespace MentorScheduler.GraphSimulator;

/// <summary>Working hours, Monday to Friday, as local times in the user's own zone.</summary>
public sealed record SeedWorkingHours(TimeOnly Start, TimeOnly End);
