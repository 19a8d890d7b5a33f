namespace MentorScheduler.Api.Record;

/// <summary>Where an Outlook event id leads: the session and its relationship.</summary>
public sealed record SessionLookupDto(Guid RelationshipId, SessionDto Session);
