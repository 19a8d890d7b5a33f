namespace MentorScheduler.Api.Scheduling;

/// <summary>The body of <c>POST .../sessions/{id}/cancel</c>.</summary>
public sealed record CancelSessionRequest(string? Comment);
