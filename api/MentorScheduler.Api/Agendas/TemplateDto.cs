namespace MentorScheduler.Api.Agendas;

/// <summary>The tenant's agenda template.</summary>
public sealed record TemplateDto(string Html, string Text, bool IsDefault);
