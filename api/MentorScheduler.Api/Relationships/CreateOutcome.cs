using MentorScheduler.Api.Core;

namespace MentorScheduler.Api.Relationships;

/// <summary>What happened to a proposed agreement.</summary>
public sealed record CreateOutcome(Relationship? Relationship, Relationship? Existing, string? Title, string? Detail, string? Code)
{
    public static CreateOutcome Created(Relationship r) => new(r, null, null, null, null);
    public static CreateOutcome Duplicate(Relationship existing) => new(null, existing, null, null, null);
    public static CreateOutcome Refuse(string title, string detail, string code) => new(null, null, title, detail, code);
}
