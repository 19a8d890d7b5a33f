namespace MentorScheduler.Api.Core;

/// <summary>What a role may do to the record, said once.</summary>
public static class RelationshipRoles
{
    /// <summary>The mentee or the mentor: the two who write the record. Program admins read it.</summary>
    public static bool IsParticipant(this RelationshipRole role) => role is RelationshipRole.Mentee or RelationshipRole.Mentor;
}
