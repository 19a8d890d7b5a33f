using System.Globalization;
using MentorScheduler.Api.Core;
using MentorScheduler.Api.Infrastructure;

namespace MentorScheduler.Api.Relationships;

/// <summary>
/// The field rules of API.md for a new relationship. Each broken rule is reported under the camelCase
/// path of its field, with a message that says what to fix.
/// </summary>
public static class RelationshipValidator
{
    private const int PurposeMaxLength = AgreementRules.PurposeMaxLength;
    private const int MaxGoals = AgreementRules.MaxGoals;
    private const int GoalMaxLength = AgreementRules.GoalMaxLength;
    private const int MinDuration = AgreementRules.MinDuration;
    private const int MaxDuration = AgreementRules.MaxDuration;
    private const int MaxMeetings = AgreementRules.MaxMeetings;

    /// <summary>The agreement the request describes, or the errors keyed by field.</summary>
    public static (ValidAgreement? Agreement, Dictionary<string, string[]> Errors) Validate(
        CreateRelationshipRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var mentorUpn = request.MentorUpn?.Trim();
        if (string.IsNullOrEmpty(mentorUpn))
            Fail("mentorUpn", "Give the mentor's user principal name, for example megan.bowen@contoso.example.");
        else if (!LooksLikeUpn(mentorUpn))
            Fail("mentorUpn", $"'{mentorUpn}' is not a user principal name; it should look like name@organisation.com.");

        var purpose = request.Purpose?.Trim();
        if (string.IsNullOrEmpty(purpose))
            Fail("purpose", "Say in a sentence or two why you want this mentor.");
        else if (purpose.Length > PurposeMaxLength)
            Fail("purpose", $"The purpose is {purpose.Length} characters; keep it to {PurposeMaxLength}.");

        var goals = new List<string>();
        if (request.Goals is null || request.Goals.Count == 0)
            Fail("goals", $"Give between 1 and {MaxGoals} goals.");
        else if (request.Goals.Count > MaxGoals)
            Fail("goals", $"There are {request.Goals.Count} goals; keep it to {MaxGoals}.");
        else
        {
            for (var i = 0; i < request.Goals.Count; i++)
            {
                var goal = request.Goals[i]?.Trim();
                if (string.IsNullOrEmpty(goal))
                    Fail($"goals[{i}]", "A goal cannot be empty; remove it or write it out.");
                else if (goal.Length > GoalMaxLength)
                    Fail($"goals[{i}]", $"This goal is {goal.Length} characters; keep each goal to {GoalMaxLength}.");
                else
                    goals.Add(goal);
            }
        }

        Frequency? frequency = null;
        if (request.Cadence is null)
            Fail("cadence", "Give the cadence: how often you meet (frequency) and for how long (durationMinutes).");
        else
        {
            if (string.IsNullOrWhiteSpace(request.Cadence.Frequency))
                Fail("cadence.frequency", "Choose how often you meet: weekly, biweekly, monthly or quarterly.");
            else if (EnumText.TryParse<Frequency>(request.Cadence.Frequency, out var f))
                frequency = f;
            else
                Fail("cadence.frequency", $"'{request.Cadence.Frequency}' is not a cadence; use weekly, biweekly, monthly or quarterly.");

            if (request.Cadence.DurationMinutes is null)
                Fail("cadence.durationMinutes", $"Give the meeting length in minutes, from {MinDuration} to {MaxDuration}.");
            else if (request.Cadence.DurationMinutes is < MinDuration or > MaxDuration)
                Fail("cadence.durationMinutes", $"A meeting lasts {MinDuration} to {MaxDuration} minutes; {request.Cadence.DurationMinutes} is outside that.");
        }

        if (request.StartDate is null)
            Fail("startDate", "Give the first day a meeting may fall on, as yyyy-MM-dd.");
        else if (request.StartDate < today)
            Fail("startDate", $"{request.StartDate:yyyy-MM-dd} is in the past; the first meeting can be on {today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} or later.");
        else if (request.StartDate > today.AddYears(AgreementRules.MaxYearsAhead))
            Fail("startDate", $"{request.StartDate:yyyy-MM-dd} is more than {AgreementRules.MaxYearsAhead} years away; " +
                $"choose a start before {today.AddYears(AgreementRules.MaxYearsAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");

        if (request.MeetingCount is null)
            Fail("meetingCount", $"Say how many meetings the agreement covers, from 1 to {MaxMeetings}.");
        else if (request.MeetingCount is < 1 or > MaxMeetings)
            Fail("meetingCount", $"An agreement covers 1 to {MaxMeetings} meetings; {request.MeetingCount} is outside that.");

        if (request.EvaluateAfterMeetings is null)
            Fail("evaluateAfterMeetings", "Say after how many meetings you will evaluate the relationship (4 is common).");
        else if (request.EvaluateAfterMeetings < 1 || (request.MeetingCount is >= 1 and <= MaxMeetings && request.EvaluateAfterMeetings > request.MeetingCount))
            Fail("evaluateAfterMeetings", $"The evaluation point must be between meeting 1 and meeting {request.MeetingCount?.ToString(CultureInfo.InvariantCulture) ?? "meetingCount"}.");

        string? zone = null;
        if (request.TimeZone is not null)
        {
            zone = TimeZones.ToIana(request.TimeZone);
            if (zone is null)
                Fail("timeZone", $"'{request.TimeZone}' is not a time zone; use an IANA id such as Europe/London (Windows ids are accepted too).");
        }

        if (errors.Count > 0) return (null, errors);
        return (new ValidAgreement(mentorUpn!, purpose!, goals, frequency!.Value, request.Cadence!.DurationMinutes!.Value,
            request.StartDate!.Value, request.MeetingCount!.Value, request.EvaluateAfterMeetings!.Value, zone), errors);
    }

    private static bool LooksLikeUpn(string upn)
    {
        var at = upn.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == upn.LastIndexOf('@') && at < upn.Length - 1 && !upn.Any(char.IsWhiteSpace) && upn.Length <= 113;
    }
}
