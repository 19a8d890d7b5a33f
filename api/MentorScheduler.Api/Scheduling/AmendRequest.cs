using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Scheduling;

/// <summary>The body of <c>POST .../amend</c>: a new cadence or length, a new time, or both.</summary>
public sealed record AmendRequest(CadenceRequest? Cadence, string? Start, string? TimeZone);
