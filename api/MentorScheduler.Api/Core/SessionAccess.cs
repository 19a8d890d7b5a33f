namespace MentorScheduler.Api.Core;

/// <summary>A session of a relationship the caller can see, and who the caller is to that relationship.</summary>
public sealed record SessionAccess(Relationship Relationship, Session Session, RelationshipRole Role)
{
    /// <summary>The mentee or the mentor: the two who write the record. Program admins read it.</summary>
    public bool IsParticipant => Role.IsParticipant();
}
