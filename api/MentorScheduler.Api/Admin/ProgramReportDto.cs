namespace MentorScheduler.Api.Admin;

/// <summary>
/// <c>GET /api/admin/program</c> (API.md "The program"): relationships by state, sessions overall and per month,
/// evaluations, quiet relationships, mentors' load, and the median days from proposal to the first session held.
/// </summary>
public sealed record ProgramReportDto(
    IReadOnlyDictionary<string, int> Relationships,
    SessionCounts Sessions,
    IReadOnlyList<MonthSessions> SessionsByMonth,
    EvaluationCounts Evaluations,
    int Quiet,
    IReadOnlyList<MentorLoad> Mentors,
    double? MedianDaysToFirstSession,
    DateTimeOffset AsOf);
