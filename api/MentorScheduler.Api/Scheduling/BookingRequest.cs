namespace MentorScheduler.Api.Scheduling;

/// <summary>The body of <c>POST .../booking</c>: a slot from <c>/slots</c>, or nothing to take the best one.</summary>
public sealed record BookingRequest(string? Start, string? TimeZone);
