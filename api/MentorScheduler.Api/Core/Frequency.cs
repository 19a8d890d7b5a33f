namespace MentorScheduler.Api.Core;

/// <summary>How often the two meet.</summary>
public enum Frequency
{
    Weekly,
    Biweekly,
    Monthly,
    Quarterly,
}
