using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Infrastructure;

/// <summary>Why a service will not do what was asked, in words a person can act on, and the code a client switches on.</summary>
public sealed record Refusal(string Title, string Detail, string Code)
{
    /// <summary>The refusal as the 422 problem the API answers with.</summary>
    public ProblemHttpResult AsProblem() => Problems.Unprocessable(Title, Detail, Code);
}
