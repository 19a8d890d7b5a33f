using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Relationships;

/// <summary>The body of <c>PATCH /api/relationships/{id}</c>: any agreement field of the create body; those left out keep their value.</summary>
public sealed record EditRelationshipRequest(
    string? MentorUpn,
    string? Purpose,
    IReadOnlyList<string?>? Goals,
    CadenceRequest? Cadence,
    DateOnly? StartDate,
    int? MeetingCount,
    int? EvaluateAfterMeetings,
    string? TimeZone);
