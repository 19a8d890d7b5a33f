using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Infrastructure;

/// <summary>
/// Why a service will not do what was asked, in words a person can act on, the code a client switches on, and the
/// status: 422 for a request that cannot be met as it stands, 409 for one that conflicts with the record's state.
/// </summary>
public sealed record Refusal(string Title, string Detail, string Code, int Status = StatusCodes.Status422UnprocessableEntity)
{
    /// <summary>The refusal as the problem the API answers with.</summary>
    public ProblemHttpResult AsProblem() => Problems.Create(Status, Title, Detail, Code);
}
