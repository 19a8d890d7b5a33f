using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Evaluations;

/// <summary>
/// The body of <c>POST /api/relationships/{id}/decision</c>: <c>continue</c> (with <c>additionalMeetings</c> and
/// optionally the next <c>evaluateAfterMeetings</c>), <c>amend</c> (a new <c>cadence</c> and/or <c>start</c> and
/// <c>timeZone</c>, as <c>/slots</c> gives them) or <c>end</c> (the ending's <c>reflection</c>, <c>thankYouNote</c> and
/// <c>stayInTouch</c>).
/// </summary>
public sealed record DecisionRequest(
    string? Decision,
    int? AdditionalMeetings,
    int? EvaluateAfterMeetings,
    CadenceRequest? Cadence,
    string? Start,
    string? TimeZone,
    string? Reflection,
    string? ThankYouNote,
    string? StayInTouch);
