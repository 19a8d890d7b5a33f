namespace MentorScheduler.Api.Core;

/// <summary>A relationship the caller can see, and who the caller is to it.</summary>
public sealed record RelationshipAccess(Relationship Relationship, RelationshipRole Role)
{
    /// <summary>The mentee or the mentor: the two who write the record. Program admins read it.</summary>
    public bool IsParticipant => Role.IsParticipant();

    public bool IsMentee => Role == RelationshipRole.Mentee;
}
