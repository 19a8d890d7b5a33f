namespace MentorScheduler.Api.Scheduling;

/// <summary>A candidate series by its first meeting; <c>conflicts</c> counts its meetings that do not suit both.</summary>
public sealed record SlotDto(DateTime Start, DateTime End, string TimeZone, int Conflicts, DateTime MentorStart, string MentorTimeZone);
