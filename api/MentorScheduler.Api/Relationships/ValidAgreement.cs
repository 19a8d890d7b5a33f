using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Relationships;

/// <summary>A request that passed the field rules; the time zone is null when the mentee's mailbox decides.</summary>
public sealed record ValidAgreement(
    string MentorUpn,
    string Purpose,
    List<string> Goals,
    Frequency Frequency,
    int DurationMinutes,
    DateOnly StartDate,
    int MeetingCount,
    int EvaluateAfterMeetings,
    string? TimeZone);
