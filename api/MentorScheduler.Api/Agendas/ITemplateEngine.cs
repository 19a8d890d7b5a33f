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
