namespace MentorScheduler.Api.Agendas;

/// <summary>The outcome of compiling a template.</summary>
public sealed record TemplateCompilation(Func<object, string>? Render, IReadOnlyList<TemplateError> Errors)
{
    public bool Succeeded => Render is not null && Errors.Count == 0;
}
