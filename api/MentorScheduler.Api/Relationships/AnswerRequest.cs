namespace MentorScheduler.Api.Relationships;

/// <summary>The body of <c>POST /api/relationships/{id}/answer</c>: <c>accept</c> or <c>decline</c>, with an optional comment.</summary>
public sealed record AnswerRequest(string? Answer, string? Comment);
