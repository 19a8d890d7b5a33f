namespace MentorScheduler.Api.Evaluations;

/// <summary>The body of <c>PUT /api/relationships/{id}/evaluations/me</c>.</summary>
public sealed record EvaluationRequest(List<GoalRatingRequest?>? GoalRatings, string? Reflection, string? Recommendation);
