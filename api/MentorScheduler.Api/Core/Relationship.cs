namespace MentorScheduler.Api.Core;

/// <summary>A formal mentoring agreement between a mentee (who owns it) and a mentor, within one tenant.</summary>
public sealed class Relationship
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public required string MenteeId { get; init; }
    public required string MenteeUpn { get; init; }

    /// <summary>The mentee's SMTP address (Graph's <c>mail</c>): what meetings, free/busy and mail are addressed to.</summary>
    public required string MenteeMail { get; init; }
    public required string MenteeDisplayName { get; init; }
    public required string MentorId { get; init; }
    public required string MentorUpn { get; init; }

    /// <summary>The mentor's SMTP address (Graph's <c>mail</c>), which may differ from their UPN.</summary>
    public required string MentorMail { get; init; }
    public required string MentorDisplayName { get; init; }

    /// <summary>The mentor's job title and department in the directory when proposed, for the spread of a mentee's mentors (null on older records).</summary>
    public string? MentorJobTitle { get; init; }

    public string? MentorDepartment { get; init; }
    public required string Purpose { get; set; }
    public required List<string> Goals { get; set; }
    public Frequency Frequency { get; set; }
    public int DurationMinutes { get; set; }
    public DateOnly StartDate { get; set; }
    public int MeetingCount { get; set; }
    public int EvaluateAfterMeetings { get; set; }

    /// <summary>IANA id of the zone the series' local times are kept in.</summary>
    public required string TimeZone { get; set; }

    /// <summary>
    /// The mentee's own mailbox time zone (IANA) when the agreement was made, for showing times in it; usually the
    /// relationship's, unless the mentee gave the agreement another zone. Null on records made before it was kept.
    /// </summary>
    public string? MenteeTimeZone { get; set; }

    /// <summary>The mentor's mailbox time zone (IANA) when the agreement was made, for showing times in it.</summary>
    public string? MentorTimeZone { get; set; }

    public RelationshipStatus Status { get; set; } = RelationshipStatus.Proposed;

    /// <summary>The mentor's words with their answer to the proposal (up to <see cref="MaxCommentLength"/> characters).</summary>
    public string? MentorComment { get; set; }

    /// <summary>When the mentor answered the proposal.</summary>
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>When it was declined or withdrawn.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public const int MaxCommentLength = 2000;

    /// <summary>When it ended, and who ended it (<c>mentee</c> or <c>mentor</c>).</summary>
    public DateTimeOffset? EndedAt { get; set; }

    public string? EndedBy { get; set; }

    /// <summary>
    /// Set while an ending changes Outlook (before its final save), so the notification of our own cancellation is not
    /// mistaken for the mentor declining or the mentee deleting the series; cleared if Outlook refuses.
    /// </summary>
    public DateTimeOffset? EndingStartedAt { get; set; }

    /// <summary>After the end: <c>none</c>, <c>quarterly</c> or <c>twiceAYear</c> check-ins to the mentee.</summary>
    public string? StayInTouch { get; set; }

    /// <summary>Each person's closing reflection (up to <see cref="MaxClosingTextLength"/> characters).</summary>
    public string? MenteeReflection { get; set; }

    public string? MentorReflection { get; set; }

    public const int MaxClosingTextLength = 5000;

    /// <summary>When the meeting the evaluation follows ends (Unix ms; null until that many meetings are planned): see <see cref="EvaluationPoint"/>.</summary>
    public long? EvaluationDueAtMs { get; set; }

    /// <summary>When the earliest session of any state starts (Unix ms; null without sessions): the quiet rule counts from it. Kept by <see cref="EvaluationPoint.Recompute"/>.</summary>
    public long? SessionsFromMs { get; set; }

    /// <summary>When the earliest session that takes place (not cancelled) starts (Unix ms): held once <see cref="FirstMeetingEndMs"/> has passed.</summary>
    public long? FirstMeetingStartMs { get; set; }

    /// <summary>When that first meeting ends (Unix ms): the program report's time from proposal to the first session held reads these two.</summary>
    public long? FirstMeetingEndMs { get; set; }

    /// <summary>The evaluation point whose "evaluation due" mails are in the outbox.</summary>
    public int? EvaluationMailedFor { get; set; }

    /// <summary>The evaluation point for which a decision (continue, amend or end) is recorded.</summary>
    public int? DecidedAfterMeeting { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Graph id of the current series master in the mentee's calendar, once booked.</summary>
    public string? SeriesEventId { get; set; }

    /// <summary>The current series' first meeting, as a local time in <see cref="SeriesTimeZone"/>.</summary>
    public DateTime? SeriesStart { get; set; }

    public string? SeriesTimeZone { get; set; }

    /// <summary>1 for the first series; each amendment books the next one (part of its transactionId).</summary>
    public int SeriesVersion { get; set; } = 1;

    /// <summary>Optimistic concurrency: two writers never both succeed on the same version.</summary>
    public int RowVersion { get; set; }

    /// <summary>A detached copy with another cadence, to plan and shape an amended series before the record changes.</summary>
    public Relationship WithCadence(Frequency frequency, int durationMinutes)
    {
        var copy = (Relationship)MemberwiseClone();
        copy.Frequency = frequency;
        copy.DurationMinutes = durationMinutes;
        return copy;
    }
}
