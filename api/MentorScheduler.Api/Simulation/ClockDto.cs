using MentorScheduler.Api.Identity;
using MentorScheduler.GraphSimulator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Simulation;

/// <summary>The dev clock's reading.</summary>
public sealed record ClockDto(DateTimeOffset? Now);
