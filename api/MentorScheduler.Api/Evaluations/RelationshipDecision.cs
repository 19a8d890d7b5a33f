namespace MentorScheduler.Api.Evaluations;

/// <summary>
/// The decision taken at an evaluation point (continue, amend or end), recorded before Outlook is touched so that a
/// failure part-way is completed by the next request, once: for <c>continue</c>, the series' new number of meetings
/// is fixed here, so repeating the change extends the range to the same length and never twice.
/// </summary>
public sealed class RelationshipDecision
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }
    public int AfterMeeting { get; init; }

    /// <summary><c>continue</c>, <c>amend</c> or <c>end</c>.</summary>
    public required string Kind { get; init; }

    /// <summary><c>mentee</c> or <c>mentor</c>.</summary>
    public required string DecidedBy { get; init; }

    public int? AdditionalMeetings { get; init; }
    public int? NextEvaluation { get; init; }

    /// <summary>For <c>continue</c>: the current series' number of occurrences once extended.</summary>
    public int? TargetOccurrences { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; set; }
}
