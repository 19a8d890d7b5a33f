namespace MentorScheduler.Api.Evaluations;

/// <summary>One goal's rating as sent: the goal's text, as in the agreement, and 1 to 5.</summary>
public sealed record GoalRatingRequest(string? Goal, int? Rating);
