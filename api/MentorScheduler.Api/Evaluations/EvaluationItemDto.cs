namespace MentorScheduler.Api.Evaluations;

/// <summary>An evaluation as <c>GET /api/relationships/{id}/evaluations</c> lists it.</summary>
public sealed record EvaluationItemDto(string Author, int AfterMeeting, IReadOnlyList<GoalRating> GoalRatings, string? Reflection, string Recommendation,
    DateTimeOffset SubmittedAt);
