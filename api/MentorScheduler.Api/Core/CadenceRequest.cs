namespace MentorScheduler.Api.Core;

/// <summary>The agreed rhythm: how often and how long.</summary>
public sealed record CadenceRequest(string? Frequency, int? DurationMinutes);
