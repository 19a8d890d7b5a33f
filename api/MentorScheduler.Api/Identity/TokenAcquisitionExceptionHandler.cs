using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Identity.Client;
using Microsoft.Identity.Web;

namespace MentorScheduler.Api.Identity;

/// <summary>
/// Live mode: when Entra will not exchange the caller's token for Graph (on-behalf-of), the caller gets a
/// 401 they can act on, never a 500. A claims challenge (multi-factor authentication, Conditional Access,
/// continuous access evaluation) goes back in <c>WWW-Authenticate</c>, as Microsoft's claims-challenge
/// protocol has it, so the pane signs in again with those claims and retries; missing consent says who
/// can grant it. When Entra refuses the app itself (its credential), the answer is 502 and the log says why.
/// </summary>
public sealed class TokenAcquisitionExceptionHandler(IProblemDetailsService problems, ILogger<TokenAcquisitionExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var msal = Find<MsalException>(exception);
        if (msal is null) return false;

        ProblemDetails problem;
        if (msal is MsalUiRequiredException ui)
        {
            var consent = IsConsent(ui);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = consent ? "Consent needed" : "Sign in again",
                Detail = consent
                    ? "Your organisation has not yet agreed to let MentorScheduler reach Microsoft 365 for you. Ask your IT team to grant admin consent (README, consent)."
                    : "Your organisation asks you to sign in again (for example with multi-factor authentication) before MentorScheduler can reach Microsoft 365 for you.",
                Extensions = { ["code"] = consent ? "consentRequired" : "claimsChallenge" },
            };
            var claims = string.IsNullOrEmpty(ui.Claims) ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(ui.Claims));
            httpContext.Response.Headers.WWWAuthenticate = claims is null
                ? $"Bearer error=\"{(consent ? "consent_required" : "interaction_required")}\""
                : $"Bearer error=\"insufficient_claims\", claims=\"{claims}\"";
            logger.LogWarning("On-behalf-of needs the user ({Error}); answered 401 {Code}.", ui.ErrorCode, problem.Extensions["code"]);
        }
        else
        {
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status502BadGateway,
                Title = "MentorScheduler cannot sign in to Microsoft 365",
                Detail = "Microsoft Entra ID refused MentorScheduler's own sign-in. Nothing was changed; tell your IT team (the app registration's credential or consent).",
                Extensions = { ["code"] = "appSignInRefused" },
            };
            logger.LogError("Entra refused a token request: {Error}", msal.ErrorCode);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static bool IsConsent(MsalUiRequiredException e) =>
        e.Classification == UiRequiredExceptionClassification.ConsentRequired
        || e.Message.Contains("AADSTS65001", StringComparison.Ordinal)
        || e.Message.Contains("consent_required", StringComparison.Ordinal);

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e is AggregateException { InnerExceptions.Count: > 0 } all ? all.InnerExceptions[0] : e.InnerException)
        {
            if (e is T match) return match;
            if (e is MicrosoftIdentityWebChallengeUserException { MsalUiRequiredException: { } inner } && inner is T wrapped) return wrapped;
        }
        return null;
    }
}
