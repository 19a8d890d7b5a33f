namespace MentorScheduler.Api.Agendas;

/// <summary>A topic or question submitted for a session's agenda by the mentee or the mentor.</summary>
public sealed class DiscussionItem
{
    public Guid Id { get; init; }
    public required string TenantId { get; init; }
    public Guid RelationshipId { get; init; }
    public Guid SessionId { get; set; }
    public ItemKind Kind { get; set; }
    public required string Text { get; set; }
    public required string AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
