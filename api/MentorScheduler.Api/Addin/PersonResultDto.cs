using MentorScheduler.Api.Graph;
using MentorScheduler.Api.Identity;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Addin;

/// <summary>A person the search found.</summary>
public sealed record PersonResultDto(string Upn, string DisplayName, string? JobTitle);
