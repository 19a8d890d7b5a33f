namespace MentorScheduler.Api.Evaluations;

/// <summary>
/// One person's evaluation of a relationship at one evaluation point: how far each goal has come (1 to 5), what they
/// reflect, and what they recommend (continue, amend or end). One per author and point; submitting again replaces it.
/// </summary>
public sealed class Evaluation
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }

    /// <summary>The evaluation point: the meeting after which it was due.</summary>
    public int AfterMeeting { get; init; }

    /// <summary><c>mentee</c> or <c>mentor</c>.</summary>
    public required string Author { get; init; }

    public required List<GoalRating> GoalRatings { get; set; }
    public string? Reflection { get; set; }
    public required string Recommendation { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    public const int MaxReflectionLength = 5000;
}
