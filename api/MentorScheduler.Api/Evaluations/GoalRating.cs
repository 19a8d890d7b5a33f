namespace MentorScheduler.Api.Evaluations;

/// <summary>Progress on one of the relationship's goals, from 1 (no progress) to 5 (achieved).</summary>
public sealed record GoalRating(string Goal, int Rating);
