namespace MentorScheduler.Api.Agendas;

/// <summary>The body of <c>POST /api/admin/agenda-template/preview</c>: any template against a chosen session.</summary>
public sealed record TemplatePreviewRequest(string? Html, string? Text, Guid? RelationshipId, Guid? SessionId);
