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

    /// <summary>How far ahead a relationship may start, and a series be placed: the calendar arithmetic's bound.</summary>
    public const int MaxYearsAhead = 2;

    /// <summary>The years an action item's due date may fall in.</summary>
    public const int EarliestDueYear = 2000;
    public const int LatestDueYear = 2100;
}
