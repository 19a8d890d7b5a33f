using MentorScheduler.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Identity;

/// <summary>A token from the local issuer.</summary>
public sealed record DevTokenDto(string AccessToken, int ExpiresIn);
