namespace MentorScheduler.Api.Agendas;

/// <summary>
/// The one seam around the template language, so another engine is one file. Templates are compiled once;
/// every value a template outputs is HTML-escaped in HTML templates and left as is in plain-text ones.
/// </summary>
public interface ITemplateEngine
{
    /// <summary>A compiled template, or the errors with their 1-based line and column.</summary>
    TemplateCompilation Compile(string source, TemplateFormat format);
}
