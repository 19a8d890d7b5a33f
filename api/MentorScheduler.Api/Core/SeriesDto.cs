namespace MentorScheduler.Api.Core;

/// <summary>The booked Outlook series, once there is one.</summary>
public sealed record SeriesDto(string EventId, DateTime Start, string TimeZone);
