namespace MentorScheduler.Api.Core;

/// <summary>Where the agreement stands: proposed → invited → active → ended, or declined.</summary>
public enum RelationshipStatus
{
    Proposed,
    Invited,
    Active,
    Declined,
    Ended,
}
