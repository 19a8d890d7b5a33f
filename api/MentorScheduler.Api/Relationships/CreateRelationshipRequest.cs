using MentorScheduler.Api.Core;
namespace MentorScheduler.Api.Relationships;

/// <summary>
/// The body of <c>POST /api/relationships</c> (fields are nullable so each missing one is named), and of
/// <c>PATCH /api/relationships/{id}</c>, where a field left out keeps its value.
/// </summary>
public sealed record CreateRelationshipRequest(
    string? MentorUpn,
    string? Purpose,
    IReadOnlyList<string?>? Goals,
    CadenceRequest? Cadence,
    DateOnly? StartDate,
    int? MeetingCount,
    int? EvaluateAfterMeetings,
    string? TimeZone);
