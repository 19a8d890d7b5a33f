namespace MentorScheduler.Api.Agendas;

/// <summary>A discussion item or question. <c>sessionId</c> may be a later session when the agenda had gone out.</summary>
public sealed record ItemDto(Guid Id, Guid SessionId, ItemKind Kind, string Text, string AuthorName, bool Mine, DateTimeOffset CreatedAt)
{
    public static ItemDto From(DiscussionItem i, string callerId) => new(i.Id, i.SessionId, i.Kind, i.Text, i.AuthorName, i.AuthorId == callerId, i.CreatedAt);
}
