namespace MentorScheduler.Api.Agendas;

/// <summary>
/// The one seam around the template language, so another engine is one file. Templates are compiled once;
/// output of values is HTML-escaped for HTML templates and left as is for plain-text ones.
/// </summary>
public interface ITemplateEngine
{
    /// <summary>A compiled template, or the errors with their 1-based line and column.</summary>
    TemplateCompilation Compile(string source, TemplateFormat format);
}

/// <summary>HTML (values escaped) or plain text.</summary>
public enum TemplateFormat
{
    Html,
    Text,
}

/// <summary>The outcome of compiling a template.</summary>
public sealed record TemplateCompilation(Func<object, string>? Render, IReadOnlyList<TemplateError> Errors)
{
    public bool Succeeded => Render is not null && Errors.Count == 0;
}

/// <summary>A template error an admin can find: where, and what is wrong.</summary>
public sealed record TemplateError(int Line, int Column, string Message)
{
    public override string ToString() => $"Line {Line}, column {Column}: {Message}";
}
