using Microsoft.AspNetCore.Http.HttpResults;

namespace MentorScheduler.Api.Infrastructure;

/// <summary>The problems the API answers with, each with a stable <c>code</c> a client can switch on.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        Create(StatusCodes.Status404NotFound, "Not found", detail, "notFound");

    public static ProblemHttpResult Unprocessable(string title, string detail, string code) =>
        Create(StatusCodes.Status422UnprocessableEntity, title, detail, code);

    public static ProblemHttpResult Conflict(string title, string detail, string code) =>
        Create(StatusCodes.Status409Conflict, title, detail, code);

    /// <summary>The caller can see the resource but their role does not allow this action: the one 403 of the API.</summary>
    public static ProblemHttpResult Forbidden(string title, string detail, string code) =>
        Create(StatusCodes.Status403Forbidden, title, detail, code);

    public static ProblemHttpResult Create(int status, string title, string detail, string code) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title,
            extensions: new Dictionary<string, object?> { ["code"] = code });
}
