namespace MentorScheduler.Api.Core;

/// <summary>The agreed rhythm as the API shows it.</summary>
public sealed record CadenceDto(Frequency Frequency, int DurationMinutes);
