namespace MentorScheduler.GraphSimulator.Mail;

/// <summary>A single-value extended property, <c>{id, value}</c>, e.g. <c>String {guid} Name MentorshipRelationshipId</c>.</summary>
public sealed record ExtendedProperty(string Id, string Value);
