namespace MentorScheduler.Api.Agendas;

/// <summary>The body of <c>POST .../items</c>.</summary>
public sealed record ItemRequest(string? Text, string? Kind);

/// <summary>The body of <c>PATCH .../items/{itemId}</c>.</summary>
public sealed record ItemUpdate(string? Text);

/// <summary>A discussion item or question. <c>sessionId</c> may be a later session when the agenda had gone out.</summary>
public sealed record ItemDto(Guid Id, Guid SessionId, ItemKind Kind, string Text, string AuthorName, bool Mine, DateTimeOffset CreatedAt)
{
    public static ItemDto From(DiscussionItem i, string callerId) => new(i.Id, i.SessionId, i.Kind, i.Text, i.AuthorName, i.AuthorId == callerId, i.CreatedAt);
}

/// <summary>A session's agenda: the sent copy, or a preview of what would be sent now.</summary>
public sealed record AgendaDto(string Status, DateTimeOffset? SentAt, string Html, string Text);

/// <summary>The tenant's agenda template.</summary>
public sealed record TemplateDto(string Html, string Text, bool IsDefault);

/// <summary>The body of <c>PUT /api/admin/agenda-template</c>.</summary>
public sealed record TemplateRequest(string? Html, string? Text);

/// <summary>The body of <c>POST /api/admin/agenda-template/preview</c>: any template against a chosen session.</summary>
public sealed record TemplatePreviewRequest(string? Html, string? Text, Guid? RelationshipId, Guid? SessionId);

/// <summary>What one sweep did.</summary>
public sealed record SweepDto(int Delivered, int Reminders);
