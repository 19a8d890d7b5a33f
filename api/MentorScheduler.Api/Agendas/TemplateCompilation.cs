namespace MentorScheduler.Api.Agendas;

/// <summary>The outcome of compiling a template: a renderer of agendas, or what to fix.</summary>
public sealed record TemplateCompilation(Func<AgendaModel, string>? Render, IReadOnlyList<TemplateError> Errors)
{
    public bool Succeeded => Render is not null && Errors.Count == 0;
}
