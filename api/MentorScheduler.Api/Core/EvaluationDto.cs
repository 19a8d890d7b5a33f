namespace MentorScheduler.Api.Core;

/// <summary>The relationship's evaluation point: <c>scheduled</c>, <c>due</c>, <c>overdue</c> or <c>done</c>, after which meeting.</summary>
public sealed record EvaluationDto(string Status, int AfterMeeting);
