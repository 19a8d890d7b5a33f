namespace MentorScheduler.Api.Relationships;

/// <summary>The body of <c>POST /api/relationships</c>. Fields are nullable so each missing one is named.</summary>
public sealed record CreateRelationshipRequest(
    string? MentorUpn,
    string? Purpose,
    IReadOnlyList<string?>? Goals,
    CadenceRequest? Cadence,
    DateOnly? StartDate,
    int? MeetingCount,
    int? EvaluateAfterMeetings,
    string? TimeZone);

/// <summary>The agreed rhythm: how often and how long.</summary>
public sealed record CadenceRequest(string? Frequency, int? DurationMinutes);

/// <summary>A person in a relationship as the API shows them.</summary>
public sealed record PersonDto(string Upn, string DisplayName);

/// <summary>The agreed rhythm as the API shows it.</summary>
public sealed record CadenceDto(Frequency Frequency, int DurationMinutes);

/// <summary>The booked Outlook series, once there is one.</summary>
public sealed record SeriesDto(string EventId, DateTime Start, string TimeZone);

/// <summary>A relationship as API.md describes it.</summary>
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
    SeriesDto? Series)
{
    public static RelationshipDto From(Relationship r) => new(
        r.Id,
        r.Status,
        new PersonDto(r.MenteeUpn, r.MenteeDisplayName),
        new PersonDto(r.MentorUpn, r.MentorDisplayName),
        r.Purpose,
        r.Goals,
        new CadenceDto(r.Frequency, r.DurationMinutes),
        r.StartDate,
        r.MeetingCount,
        r.EvaluateAfterMeetings,
        r.TimeZone,
        r.SeriesEventId is null ? null : new SeriesDto(r.SeriesEventId, r.SeriesStart!.Value, r.SeriesTimeZone!));
}
