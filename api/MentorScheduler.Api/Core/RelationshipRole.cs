namespace MentorScheduler.Api.Core;

/// <summary>Who the caller is to one relationship. Nobody sees nothing of it (404).</summary>
public enum RelationshipRole
{
    Nobody,
    Mentee,
    Mentor,
    Admin,
}
