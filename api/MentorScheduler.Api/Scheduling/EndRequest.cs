namespace MentorScheduler.Api.Scheduling;

/// <summary>
/// The body of <c>POST /api/relationships/{id}/end</c>: the ender's closing reflection, an optional thank-you note
/// mailed to the other person, and <c>stayInTouch</c> (<c>none</c>, <c>quarterly</c> or <c>twiceAYear</c>).
/// </summary>
public sealed record EndRequest(string? Reflection, string? ThankYouNote, string? StayInTouch);
