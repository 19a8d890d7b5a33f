namespace MentorScheduler.Api.Agendas;

/// <summary>The body of <c>PUT /api/admin/agenda-template</c>.</summary>
public sealed record TemplateRequest(string? Html, string? Text);
