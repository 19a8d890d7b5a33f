namespace MentorScheduler.Api.Agendas;

/// <summary>The tenant's agenda template, with the variables a template can use (for the editor to list beside it).</summary>
public sealed record TemplateDto(string Html, string Text, bool IsDefault)
{
    public IReadOnlyList<string> Variables { get; } = AgendaTemplateModel.Names();
}
