namespace MentorScheduler.Api.Core;

/// <summary>The limits of an agreement (API.md "Relationships"), the same when it is made and when it is amended.</summary>
public static class AgreementRules
{
    public const int PurposeMaxLength = 2000;
    public const int MaxGoals = 10;
    public const int GoalMaxLength = 500;
    public const int MinDuration = 15;
    public const int MaxDuration = 240;
    public const int MaxMeetings = 52;
}
