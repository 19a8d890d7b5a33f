using System.Text.Json.Serialization;

namespace MentorScheduler.Api.Core;

/// <summary>A relationship as API.md describes it; the mentor's comment, the time of their answer, the end and the stay-in-touch choice only once set; the evaluation point always.</summary>
public sealed record RelationshipDto(
    Guid Id,
    RelationshipStatus Status,
    PersonDto Mentee,
    PersonDto Mentor,
    string Purpose,
    IReadOnlyList<string> Goals,
    CadenceDto Cadence,
    DateOnly StartDate,
    int MeetingCount,
    int EvaluateAfterMeetings,
    string TimeZone,
    SeriesDto? Series,
    EvaluationDto Evaluation,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? MentorComment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? AnsweredAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? EndedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StayInTouch)
{
    public static RelationshipDto From(Relationship r, DateTimeOffset now) => new(
        r.Id,
        r.Status,
        new PersonDto(r.MenteeUpn, r.MenteeDisplayName, r.MenteeTimeZone ?? r.TimeZone),
        new PersonDto(r.MentorUpn, r.MentorDisplayName, r.MentorTimeZone ?? r.TimeZone),
        r.Purpose,
        r.Goals,
        new CadenceDto(r.Frequency, r.DurationMinutes),
        r.StartDate,
        r.MeetingCount,
        r.EvaluateAfterMeetings,
        r.TimeZone,
        r.SeriesEventId is null ? null : new SeriesDto(r.SeriesEventId, r.SeriesStart!.Value, r.SeriesTimeZone!),
        new EvaluationDto(EvaluationPoint.Status(r, now), r.EvaluateAfterMeetings),
        r.MentorComment,
        r.AnsweredAt,
        r.EndedAt,
        r.StayInTouch);
}
