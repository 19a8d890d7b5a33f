namespace MentorScheduler.Api.Core;

/// <summary>
/// Where the agreement stands: proposed → agreed → invited → active → ended; or declined (the mentor said no)
/// or withdrawn (the mentee took it back before booking). <see cref="RelationshipStates"/> holds the rules.
/// </summary>
public enum RelationshipStatus
{
    Proposed,
    Invited,
    Active,
    Declined,
    Ended,
    Agreed,
    Withdrawn,
}
